/**
 * `npm run backup [-- <snapshot-dir>]`: a consistent snapshot of the embedded
 * database, the media and the data directory's other files, with a manifest
 * (rows per table, sha256 of every file), while the server runs. The default
 * place is backups/annals-<time>/. See server/backup/snapshot.ts.
 */
import path from 'node:path'

import { instancePlaces } from '@/server/backup/places'
import { createSnapshot } from '@/server/backup/snapshot'

const places = instancePlaces()
if ('unsupported' in places) {
  console.error(places.unsupported)
  process.exit(2)
}

const out = path.resolve(process.argv[2] ?? path.join('backups', `annals-${new Date().toISOString().replace(/[:.]/g, '-')}`))
const started = performance.now()
try {
  const manifest = await createSnapshot(places, out)
  const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0)
  const bytes = Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0)
  console.log(`Snapshot written to ${out} in ${Math.round(performance.now() - started)} ms`)
  console.log(`  ${Object.keys(manifest.files).length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB; ${rows} rows in ${Object.keys(manifest.tables).length} tables`)
  console.log(`Restore it into an empty data directory with: npm run restore -- ${path.relative(process.cwd(), out) || out}`)
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(1)
}
