import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * A snapshot is a directory: manifest.json, the database under database/, the
 * data directory's other files under data/, and the media directory under
 * media/. The manifest lists every other file with its size and sha256, and the
 * number of rows of each table of the database.
 */
export const MANIFEST_FILE = 'manifest.json'
export const SNAPSHOT_FORMAT = 'frontier-annals-snapshot/1'
export const SNAPSHOT_DATABASE = 'database/annals.db'

export type FileEntry = { bytes: number; sha256: string }

export type Manifest = {
  format: typeof SNAPSHOT_FORMAT
  createdAt: string
  /** Rows per table of the snapshot's database: each collection's table, its versions, locales and relations. */
  tables: Record<string, number>
  /** Every file of the snapshot but the manifest, by its path relative to the snapshot (always with `/`). */
  files: Record<string, FileEntry>
}

export async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file under `dir`, as paths relative to it with `/`, sorted; none when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) return walk(child)
      return entry.isFile() ? [child] : []
    })
  return existsSync(dir) ? walk('').sort() : []
}

export async function describeFile(file: string): Promise<FileEntry> {
  return { bytes: statSync(file).size, sha256: await sha256(file) }
}

/** The snapshot's manifest, or a sentence saying why there is none that can be used. */
export function readManifest(snapshot: string): Manifest | string {
  const file = path.join(snapshot, MANIFEST_FILE)
  if (!existsSync(file)) return `${snapshot} is not a snapshot: it has no ${MANIFEST_FILE}.`
  let manifest: Partial<Manifest>
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>
  } catch (error) {
    return `${file} is not valid JSON: ${(error as Error).message}`
  }
  if (manifest.format !== SNAPSHOT_FORMAT) return `${file} is not a ${SNAPSHOT_FORMAT} manifest (format: ${JSON.stringify(manifest.format)}).`
  if (!manifest.files?.[SNAPSHOT_DATABASE]) return `${file} lists no ${SNAPSHOT_DATABASE}.`
  return manifest as Manifest
}

/**
 * What is wrong with the snapshot's files against its manifest: files missing,
 * files not listed, and files whose size or checksum differ. Empty when whole.
 */
export async function snapshotProblems(snapshot: string, manifest: Manifest): Promise<string[]> {
  const present = new Set(listFiles(snapshot).filter((file) => file !== MANIFEST_FILE))
  const problems: string[] = []
  for (const [file, expected] of Object.entries(manifest.files)) {
    if (!present.delete(file)) {
      problems.push(`missing: ${file}`)
      continue
    }
    const actual = await describeFile(path.join(snapshot, file))
    if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) problems.push(`checksum differs: ${file}`)
  }
  for (const file of present) problems.push(`not in the manifest: ${file}`)
  return problems
}
