import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

export type TestPayload = { payload: Payload; dataDir: string; close: () => Promise<void> }

/**
 * Boots Payload through its Local API on a throwaway database: a fresh SQLite
 * file, or, when TEST_MONGODB_URI is set (npm run test:mongo), a fresh MongoDB
 * database on that server. Migrations run exactly as at start-up.
 */
export async function startPayload(): Promise<TestPayload> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-test-'))
  process.env.DATA_DIR = dataDir
  process.env.MEDIA_DIR = path.join(dataDir, 'media')
  process.env.PAYLOAD_SECRET = randomBytes(16).toString('hex')
  const mongo = process.env.TEST_MONGODB_URI
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/annals_test_${randomBytes(6).toString('hex')}`
    process.env.DATABASE_URI = url.toString()
  } else {
    delete process.env.DATABASE_URI
  }
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    dataDir,
    close: async () => {
      if (mongo) await payload.db.dropDatabase?.({ adapter: payload.db as never })
      await payload.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A staff account with the given role, for acting through the API as that person. */
export async function createUser(payload: Payload, role: User['roles'][number], password = randomBytes(9).toString('base64url')) {
  const email = `${role}-${randomBytes(4).toString('hex')}@test.local`
  const user = await payload.create({ collection: 'users', data: { email, password, roles: [role] } })
  return { user: { ...user, collection: 'users' as const }, email, password }
}

/** The messages a user is shown for a refused write: the field errors of a ValidationError, or the error's own message. */
export async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write
  } catch (error) {
    const fieldErrors = (error as { data?: { errors?: { message: string }[] } }).data?.errors
    return fieldErrors?.length ? fieldErrors.map((e) => e.message).join('\n') : (error as Error).message
  }
  throw new Error('The write was expected to be refused but succeeded.')
}
