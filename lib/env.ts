import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where the embedded database, the generated secret and the demo credentials live. */
export function dataDir(): string {
  const dir = path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), 'data'))
  mkdirSync(dir, { recursive: true })
  return dir
}

export type DatabaseChoice = { kind: 'mongodb'; uri: string } | { kind: 'sqlite'; url: string }

/** MongoDB when DATABASE_URI names it, otherwise the embedded SQLite file (or the libsql URL given). */
export function databaseChoice(uri = process.env.DATABASE_URI): DatabaseChoice {
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', uri }
  if (uri) return { kind: 'sqlite', url: uri }
  return { kind: 'sqlite', url: `file:${path.join(dataDir(), 'annals.db')}` }
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
