import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { describeFile, listFiles, readManifest, SNAPSHOT_DATABASE, SNAPSHOT_FORMAT, snapshotProblems, type Manifest } from './manifest'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'annals-manifest-'))
  mkdirSync(path.join(dir, 'database'))
  mkdirSync(path.join(dir, 'media', 'sizes'), { recursive: true })
  writeFileSync(path.join(dir, SNAPSHOT_DATABASE), 'SQLite format 3\0')
  writeFileSync(path.join(dir, 'media', 'sizes', '伊犁.png'), 'png bytes')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function manifestOf(snapshot: string): Promise<Manifest> {
  const files: Manifest['files'] = {}
  for (const file of listFiles(snapshot)) files[file] = await describeFile(path.join(snapshot, file))
  const manifest: Manifest = { format: SNAPSHOT_FORMAT, createdAt: new Date().toISOString(), tables: {}, files }
  writeFileSync(path.join(snapshot, 'manifest.json'), JSON.stringify(manifest))
  return manifest
}

describe('snapshot manifests', () => {
  it('lists files in nested directories with / and their sha256', async () => {
    expect(listFiles(dir)).toEqual([SNAPSHOT_DATABASE, 'media/sizes/伊犁.png'])
    const manifest = await manifestOf(dir)
    // the checksum as sha256sum prints it for 'png bytes'
    expect(manifest.files['media/sizes/伊犁.png']).toEqual({ bytes: 9, sha256: 'd013614dc14a37ee20fe92005737ab7d3427e7e93580ad56ef8a42205e7f7a4e' })
  })

  it('finds nothing wrong with a whole snapshot', async () => {
    const manifest = await manifestOf(dir)
    expect(readManifest(dir)).toEqual(manifest)
    expect(await snapshotProblems(dir, manifest)).toEqual([])
  })

  it('names a changed, a missing and an added file', async () => {
    const manifest = await manifestOf(dir)
    writeFileSync(path.join(dir, SNAPSHOT_DATABASE), 'SQLite format 3\0!')
    rmSync(path.join(dir, 'media', 'sizes', '伊犁.png'))
    writeFileSync(path.join(dir, 'media', 'extra.png'), 'added later')
    expect(await snapshotProblems(dir, manifest)).toEqual([`checksum differs: ${SNAPSHOT_DATABASE}`, 'missing: media/sizes/伊犁.png', 'not in the manifest: media/extra.png'])
  })

  it('says why a directory is not a usable snapshot', () => {
    expect(readManifest(dir)).toMatch(/is not a snapshot: it has no manifest\.json/)
    writeFileSync(path.join(dir, 'manifest.json'), '{"format":"something-else"}')
    expect(readManifest(dir)).toMatch(/is not a frontier-annals-snapshot\/1 manifest/)
  })
})
