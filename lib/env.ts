import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where the embedded database, the generated secret and the demo credentials live (without creating it). */
export function dataDirPath(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), 'data'))
}

/** The data directory, created when missing. */
export function dataDir(): string {
  const dir = dataDirPath()
  mkdirSync(dir, { recursive: true })
  return dir
}

/** The upload directory of the media collection. */
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR ?? path.join(process.cwd(), 'media'))

/** The embedded SQLite database file, when no DATABASE_URI is given. */
export const embeddedDatabaseFile = () => path.join(dataDirPath(), 'annals.db')

export type DatabaseChoice = { kind: 'mongodb'; uri: string } | { kind: 'sqlite'; url: string }

/** MongoDB when DATABASE_URI names it, otherwise the embedded SQLite file (or the libsql URL given). */
export function databaseChoice(uri = process.env.DATABASE_URI): DatabaseChoice {
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', uri }
  if (uri) return { kind: 'sqlite', url: uri }
  dataDir()
  return { kind: 'sqlite', url: `file:${embeddedDatabaseFile()}` }
}

/** The file of a local SQLite (libsql) URL (`file:name.db`, `file:/abs/name.db`, `file:///abs/name.db`); undefined for a server URL. */
export function sqliteFile(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined
  return path.resolve(url.replace(/^file:(\/\/(?=\/))?/, '').replace(/\?.*$/, ''))
}

/**
 * PAYLOAD_SECRET when given; otherwise a random secret generated once and kept
 * under the data directory, so sessions survive restarts without a .env file.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir(), 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
  return secret
}

export function serverURL(): string {
  return process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`
}
