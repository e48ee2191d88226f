import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { listFiles, sha256, type Manifest } from '@/lib/backup/manifest'
import { RestoreRefused, restoreSnapshot } from '@/server/backup/restore'
import { startPayload, type TestPayload } from './payload'
import { runScript } from './scripts'

const onMongo = Boolean(process.env.TEST_MONGODB_URI)
const COLLECTIONS: CollectionSlug[] = ['articles', 'sources', 'citations', 'places', 'people', 'events', 'maps', 'annotations', 'media', 'users']

describe.skipIf(onMongo)('backup and restore of the embedded database', () => {
  let t: TestPayload
  let work: string
  let snapshot: string
  let manifest: Manifest
  let articleId: number | string
  let mediaId: number | string
  let placesDuringBackup: { before: number; after: number }

  beforeAll(async () => {
    t = await startPayload()
    work = mkdtempSync(path.join(tmpdir(), 'annals-backup-'))
    snapshot = path.join(work, 'snapshot')
    const { payload } = t
    const article = await payload.create({ collection: 'articles', locale: 'en', data: { title: 'The Ili crisis, 1871–1881', summary: 'Russia held the Ili valley for ten years.', _status: 'published' } })
    await payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { title: '伊犁危机', summary: '俄国占领伊犁河谷十年。' } })
    articleId = article.id
    const png = await sharp({ create: { width: 480, height: 360, channels: 3, background: '#6a8f4e' } }).png().toBuffer()
    mediaId = (await payload.create({ collection: 'media', data: { alt: 'Ili valley, 1880' }, file: { data: png, mimetype: 'image/png', name: 'ili-valley.png', size: png.byteLength } })).id

    // The backup runs in another process while this one keeps Payload open and keeps writing.
    const before = (await payload.count({ collection: 'places' })).totalDocs
    const backup = runScript('scripts/backup.ts', [snapshot])
    let finished = false
    void backup.then(() => (finished = true))
    for (let i = 0; !finished; i++) {
      await payload.create({ collection: 'places', data: { name: `Fort ${i} on the Ili` } })
      // SQLite calls are synchronous here: let the event loop see the backup's output and exit.
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const run = await backup
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    placesDuringBackup = { before, after: (await payload.count({ collection: 'places' })).totalDocs }
    manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8')) as Manifest
  })
  afterAll(async () => {
    await t?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('restores into a new data directory: the same rows, files and documents', async () => {
    const restored = path.join(work, 'restored')
    const env = { DATA_DIR: restored, MEDIA_DIR: path.join(restored, 'media') }
    const run = await runScript('scripts/restore.ts', [snapshot], env)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)

    // Every file of the instance is back (the database without its WAL, now folded in), media byte for byte.
    expect(listFiles(restored)).toEqual(listFiles(t.dataDir).filter((file) => !/-(wal|shm)$/.test(file)))
    const originalMedia = listFiles(process.env.MEDIA_DIR!)
    expect(originalMedia.length).toBeGreaterThan(1)
    for (const file of originalMedia) expect(await sha256(path.join(env.MEDIA_DIR, file))).toBe(await sha256(path.join(process.env.MEDIA_DIR!, file)))
    expect(await sha256(path.join(restored, 'annals.db'))).toBe(manifest.files['database/annals.db']!.sha256)

    // Boot Payload on the restored directory, beside the original one.
    const original = t.payload
    const copy = await bootOn(restored)
    try {
      for (const collection of COLLECTIONS) {
        const count = (await copy.count({ collection })).totalDocs
        expect(count, collection).toBe(manifest.tables[collection])
        if (collection !== 'places') expect(count, collection).toBe((await original.count({ collection })).totalDocs)
      }
      // The places written during the backup: the snapshot is one moment, somewhere in that run.
      expect(manifest.tables.places).toBeGreaterThanOrEqual(placesDuringBackup.before)
      expect(manifest.tables.places).toBeLessThanOrEqual(placesDuringBackup.after)

      const read = (payload: Payload, collection: 'articles' | 'media', id: number | string) => payload.findByID({ collection, id, locale: 'all', depth: 1 })
      expect(await read(copy, 'articles', articleId)).toEqual(await read(original, 'articles', articleId))
      expect(await read(copy, 'media', mediaId)).toEqual(await read(original, 'media', mediaId))
      const versions = (payload: Payload) => payload.findVersions({ collection: 'articles', where: { parent: { equals: articleId } }, locale: 'all' })
      expect((await versions(copy)).docs).toEqual((await versions(original)).docs)
    } finally {
      await copy.destroy()
    }
  })

  it('refuses a data directory that is not empty, and changes nothing', async () => {
    const target = path.join(work, 'occupied')
    mkdirSync(target)
    writeFileSync(path.join(target, 'notes.txt'), 'keep me')
    const run = await runScript('scripts/restore.ts', [snapshot], { DATA_DIR: target, MEDIA_DIR: path.join(target, 'media') })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Restore refused: DATA_DIR .*occupied is not empty \(1 files\):\s+notes\.txt/)
    expect(listFiles(target)).toEqual(['notes.txt'])
  })

  it('refuses a snapshot whose files do not match its checksums, and changes nothing', async () => {
    const damaged = path.join(work, 'damaged')
    rmSync(damaged, { recursive: true, force: true })
    const copy = await runScript('scripts/backup.ts', [damaged])
    expect(copy.code).toBe(0)
    const mediaFile = Object.keys(manifest.files).find((file) => file.startsWith('media/'))!
    appendFileSync(path.join(damaged, mediaFile), 'x')
    writeFileSync(path.join(damaged, 'media', 'stray.png'), 'not from the backup')
    const target = path.join(work, 'into-damaged')
    const places = { databaseFile: path.join(target, 'annals.db'), dataDir: target, mediaDir: path.join(target, 'media') }
    const refusal = await restoreSnapshot(damaged, places).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(RestoreRefused)
    expect((refusal as Error).message).toContain(`checksum differs: ${mediaFile}`)
    expect((refusal as Error).message).toContain('not in the manifest: media/stray.png')
    expect(existsSync(target)).toBe(false)
  })

  it('refuses a directory that is not a snapshot', async () => {
    const run = await runScript('scripts/restore.ts', [work], { DATA_DIR: path.join(work, 'nothing-here') })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/is not a snapshot: it has no manifest\.json/)
    expect(existsSync(path.join(work, 'nothing-here'))).toBe(false)
  })
})

describe('backup with MongoDB', () => {
  it('says to use mongodump, and for the media directory too, instead of pretending', async () => {
    const run = await runScript('scripts/backup.ts', [], { DATABASE_URI: 'mongodb://127.0.0.1:9/annals' })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/DATABASE_URI is MongoDB/)
    expect(run.stderr).toMatch(/mongodump --uri=/)
    expect(run.stderr).toMatch(/--oplog/)
    expect(run.stderr).toMatch(/media/)
  })
})

/** A second Payload on another data directory, in this process: the config reads the environment when it loads. */
async function bootOn(dataDir: string): Promise<Payload> {
  const saved = { DATA_DIR: process.env.DATA_DIR, MEDIA_DIR: process.env.MEDIA_DIR }
  Object.assign(process.env, { DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media') })
  try {
    vi.resetModules()
    const { default: config } = await import('@/payload.config')
    return await getPayload({ config, key: `restored-${dataDir}` })
  } finally {
    Object.assign(process.env, saved)
  }
}
