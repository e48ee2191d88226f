import { getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { demoAccountsFile, ensureDemoAccounts } from './demoAccounts'

/**
 * Brings the database to the current schema (the config's onInit applies the
 * migrations) and creates the demo accounts on first start.
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<Payload> {
  const payload = await getPayload({ config })
  const accounts = await ensureDemoAccounts(payload)
  if (accounts) {
    log('Demo accounts (shown once; also saved to ' + demoAccountsFile() + '):')
    for (const account of accounts) log(`  ${account.role.padEnd(9)} ${account.email}  ${account.password}`)
  } else {
    log(`Demo account passwords: ${demoAccountsFile()}`)
  }
  return payload
}
