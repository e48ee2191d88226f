import { createClient } from '@libsql/client'
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describeFile, listFiles, MANIFEST_FILE, SNAPSHOT_DATABASE, SNAPSHOT_FORMAT, type Manifest } from '@/lib/backup/manifest'

export type SnapshotPlaces = {
  /** The live SQLite database file. */
  databaseFile: string
  /** The data directory: its files other than the database (the generated secret, the demo credentials) are kept too. */
  dataDir: string
  mediaDir: string
}

const inside = (dir: string, file: string) => {
  const relative = path.relative(dir, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Rows per table of a SQLite database file, read through its own connection. */
export async function tableCounts(databaseFile: string): Promise<Record<string, number>> {
  const client = createClient({ url: `file:${databaseFile}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    const counts: Record<string, number> = {}
    for (const { name } of tables.rows) {
      const table = String(name)
      const result = await client.execute(`SELECT count(*) AS rows FROM "${table.replaceAll('"', '""')}"`)
      counts[table] = Number(result.rows[0]?.rows)
    }
    return counts
  } finally {
    client.close()
  }
}

/** Copies the files of `from` (those `keep` accepts) into `to`, leaving files already there. */
function copyTree(from: string, to: string, keep: (file: string) => boolean): void {
  for (const file of listFiles(from)) {
    const source = path.join(from, file)
    const target = path.join(to, file)
    if (!keep(source) || existsSync(target)) continue
    mkdirSync(path.dirname(target), { recursive: true })
    copyFileSync(source, target)
  }
}

/**
 * Writes a consistent snapshot of a running instance into `out` (which must
 * not exist): the database through `VACUUM INTO`, SQLite's online copy (one
 * read transaction, so writers carry on and the copy is one moment of the
 * database), the media files, the data directory's other files, and the
 * manifest. Media is copied before and again after the database copy: Payload
 * never rewrites a stored file, so every file a copied record names is in the
 * snapshot (a file deleted meanwhile is kept, harmlessly).
 */
export async function createSnapshot(places: SnapshotPlaces, out: string): Promise<Manifest> {
  if (existsSync(out)) throw new Error(`${out} already exists: give a new directory for the snapshot.`)
  if (!existsSync(places.databaseFile)) throw new Error(`There is no database at ${places.databaseFile} to back up.`)
  mkdirSync(out, { recursive: true, mode: 0o700 })
  // The snapshot holds password hashes and the session secret: only its owner may read it.
  chmodSync(out, 0o700)
  const mediaCopy = path.join(out, 'media')
  const databaseFiles = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => places.databaseFile + suffix))
  const keepMedia = (file: string) => !inside(out, file)
  const keepData = (file: string) => !databaseFiles.has(file) && !inside(places.mediaDir, file) && !inside(out, file)

  copyTree(places.mediaDir, mediaCopy, keepMedia)
  const databaseCopy = path.join(out, SNAPSHOT_DATABASE)
  mkdirSync(path.dirname(databaseCopy), { recursive: true })
  const live = createClient({ url: `file:${places.databaseFile}` })
  try {
    // A checkpoint or a writer holding the lock makes the copy wait, not fail.
    await live.execute('PRAGMA busy_timeout = 10000')
    await live.execute({ sql: 'VACUUM INTO ?', args: [databaseCopy] })
  } finally {
    live.close()
  }
  copyTree(places.mediaDir, mediaCopy, keepMedia)
  copyTree(places.dataDir, path.join(out, 'data'), keepData)

  const tables = await tableCounts(databaseCopy)
  const files: Manifest['files'] = {}
  for (const file of listFiles(out)) files[file] = await describeFile(path.join(out, file))
  const manifest: Manifest = { format: SNAPSHOT_FORMAT, createdAt: new Date().toISOString(), tables, files }
  writeFileSync(path.join(out, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 })
  return manifest
}
