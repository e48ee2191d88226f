import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { ROLES, type Role } from '@/access/roles'
import { dataDir } from '@/lib/env'
import { inTransaction } from './transaction'

export type DemoAccount = { role: Role; email: string; password: string }

export const demoAccountsFile = () => path.join(dataDir(), 'demo-accounts.json')

/**
 * On an empty user table, creates one account per role with a fresh random
 * password, writes them to a git-ignored file under data/ and returns them so
 * the caller can print them once. Returns null when accounts already exist.
 */
export async function ensureDemoAccounts(payload: Payload): Promise<DemoAccount[] | null> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return null
  const accounts: DemoAccount[] = ROLES.map((role) => ({
    role,
    email: `${role}@frontier-annals.local`,
    password: randomBytes(12).toString('base64url'),
  }))
  await inTransaction(payload, async (req) => {
    for (const account of accounts) {
      await payload.create({
        collection: 'users',
        data: { email: account.email, password: account.password, name: `Demo ${account.role}`, roles: [account.role] },
        req,
      })
    }
  })
  writeFileSync(demoAccountsFile(), JSON.stringify(accounts, null, 2) + '\n', { mode: 0o600 })
  return accounts
}
