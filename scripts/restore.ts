/**
 * `npm run restore -- <snapshot-dir>`: brings a snapshot made by `npm run
 * backup` back into an empty data directory (DATA_DIR, MEDIA_DIR). Refuses,
 * changing nothing, when they are not empty or the snapshot is not whole.
 * See server/backup/restore.ts.
 */
import { instancePlaces } from '@/server/backup/places'
import { RestoreRefused, restoreSnapshot } from '@/server/backup/restore'

const snapshot = process.argv[2]
if (!snapshot) {
  console.error('Usage: npm run restore -- <snapshot-dir>   (into the empty DATA_DIR / MEDIA_DIR of the environment)')
  process.exit(2)
}
const places = instancePlaces()
if ('unsupported' in places) {
  console.error(places.unsupported)
  process.exit(2)
}

try {
  const manifest = await restoreSnapshot(snapshot, places)
  console.log(`Restored the snapshot of ${manifest.createdAt} (${Object.keys(manifest.files).length} files, checksums and table counts verified):`)
  console.log(`  database ${places.databaseFile}\n  data     ${places.dataDir}\n  media    ${places.mediaDir}`)
} catch (error) {
  console.error(error instanceof RestoreRefused ? `Restore refused: ${error.message}` : `Restore failed, nothing kept: ${(error as Error).message}`)
  process.exit(1)
}
