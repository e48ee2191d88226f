import { copyFileSync, existsSync, mkdirSync, rmdirSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

import { describeFile, listFiles, readManifest, SNAPSHOT_DATABASE, snapshotProblems, type Manifest } from '@/lib/backup/manifest'
import { tableCounts } from './snapshot'

export type RestorePlaces = { databaseFile: string; dataDir: string; mediaDir: string }

/** A restore that was not done, and why; nothing was changed. */
export class RestoreRefused extends Error {}

/** The git placeholder that keeps an empty media/ in the repository. */
const PLACEHOLDERS = new Set(['.gitkeep'])

const listing = (items: string[], limit = 10) => items.slice(0, limit).join('\n  ') + (items.length > limit ? `\n  … and ${items.length - limit} more` : '')

/** Where each file of the snapshot goes. */
function target(file: string, places: RestorePlaces): string {
  if (file === SNAPSHOT_DATABASE) return places.databaseFile
  const [area, ...rest] = file.split('/')
  if (area === 'data') return path.join(places.dataDir, ...rest)
  if (area === 'media') return path.join(places.mediaDir, ...rest)
  throw new RestoreRefused(`The snapshot holds ${file}, which belongs to no part of an instance: is it a snapshot of this application?`)
}

function refuseUnlessEmpty(places: RestorePlaces): void {
  if (existsSync(places.databaseFile)) throw new RestoreRefused(`A database already exists at ${places.databaseFile}: restore only into an empty data directory, so nothing is overwritten.`)
  for (const [name, dir] of [['DATA_DIR', places.dataDir], ['MEDIA_DIR', places.mediaDir]] as const) {
    const files = listFiles(dir).filter((file) => !PLACEHOLDERS.has(file))
    if (files.length) throw new RestoreRefused(`${name} ${dir} is not empty (${files.length} files):\n  ${listing(files)}\nRestore only into an empty data directory, so nothing is overwritten.`)
  }
}

/**
 * Brings a snapshot written by createSnapshot back into an empty instance.
 * Refuses, changing nothing, when the places are not empty or the snapshot is
 * not whole (a file missing, added or with another checksum). The copies are
 * checked again once written (checksums, and the rows of every table); if
 * anything fails part-way, what was written is removed.
 */
export async function restoreSnapshot(snapshot: string, places: RestorePlaces): Promise<Manifest> {
  const manifest = readManifest(snapshot)
  if (typeof manifest === 'string') throw new RestoreRefused(manifest)
  const copies = Object.keys(manifest.files).map((file) => ({ file, to: target(file, places) }))
  refuseUnlessEmpty(places)
  const problems = await snapshotProblems(snapshot, manifest)
  if (problems.length) throw new RestoreRefused(`The snapshot ${snapshot} is not whole; nothing was restored:\n  ${listing(problems)}`)

  const written: string[] = []
  const createdDirs: string[] = []
  try {
    for (const { file, to } of copies) {
      const missingDirs: string[] = []
      for (let dir = path.dirname(to); !existsSync(dir); dir = path.dirname(dir)) missingDirs.unshift(dir)
      mkdirSync(path.dirname(to), { recursive: true })
      createdDirs.push(...missingDirs)
      copyFileSync(path.join(snapshot, file), to)
      written.push(to)
      if (!isDeepStrictEqual(await describeFile(to), manifest.files[file])) throw new Error(`${to} differs from the snapshot once written: is the disk full or failing?`)
    }
    const tables = await tableCounts(places.databaseFile)
    if (!isDeepStrictEqual(tables, manifest.tables)) throw new Error(`The restored database's table counts differ from the snapshot's manifest.`)
  } catch (error) {
    for (const file of written.reverse()) unlinkSync(file)
    for (const dir of createdDirs.reverse()) rmdirSync(dir)
    throw error
  }
  return manifest
}
