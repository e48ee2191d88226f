import { dataDirPath, databaseChoice, embeddedDatabaseFile, mediaDir, sqliteFile } from '@/lib/env'

export type InstancePlaces = { databaseFile: string; dataDir: string; mediaDir: string }

/**
 * Where this instance (as the environment configures it) keeps its data, or,
 * when its database is not a local SQLite file, the sentence to print instead:
 * backup and restore here copy files, and a database server has its own tools.
 */
export function instancePlaces(uri = process.env.DATABASE_URI): InstancePlaces | { unsupported: string } {
  const places = { dataDir: dataDirPath(), mediaDir: mediaDir() }
  if (!uri) return { ...places, databaseFile: embeddedDatabaseFile() }
  const choice = databaseChoice(uri)
  if (choice.kind === 'mongodb') return { unsupported: mongoAdvice(places.mediaDir) }
  const databaseFile = sqliteFile(choice.url)
  if (!databaseFile) return { unsupported: `DATABASE_URI points at a libsql server (${choice.url}): back it up with that server's own tools, and copy the media directory ${places.mediaDir} beside it.` }
  return { ...places, databaseFile }
}

function mongoAdvice(media: string): string {
  return [
    'DATABASE_URI is MongoDB: `npm run backup` and `npm run restore` copy the embedded SQLite database only.',
    'Back up MongoDB with its own tools, and the media directory beside it:',
    '  mongodump --uri="$DATABASE_URI" --gzip --archive=annals.mongo.gz',
    `  tar -czf annals-media.tar.gz -C "${media}" .`,
    'For one consistent moment across the whole replica set, dump the set (a URI without a database name) with --oplog.',
    'Restore into an empty database:',
    '  mongorestore --uri="$DATABASE_URI" --gzip --archive=annals.mongo.gz   (add --oplogReplay for a dump made with --oplog)',
    `  tar -xzf annals-media.tar.gz -C "${media}"`,
    'See "Operations" in README.md.',
  ].join('\n')
}
