import { getPayload, type Payload } from 'payload'

import config from '@/payload.config'
import { demoAccountsFile, ensureDemoAccounts } from './demoAccounts'
import { importFoundingCorpus } from './import'
import { locatePlaces } from './places/locate'

/**
 * Brings the database to the current schema (the config's onInit applies the
 * migrations), and on first start creates the demo accounts and imports the
 * founding corpus. The instance is its own (not the process's default one):
 * the caller destroys it, and `npm start` then serves from the same process.
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<Payload> {
  const payload = await getPayload({ config, key: 'prepare-database' })
  const accounts = await ensureDemoAccounts(payload)
  if (accounts) {
    log('Demo accounts (shown once; also saved to ' + demoAccountsFile() + '):')
    for (const account of accounts) log(`  ${account.role.padEnd(9)} ${account.email}  ${account.password}`)
  } else {
    log(`Demo account passwords: ${demoAccountsFile()}`)
  }
  await importFoundingCorpus(payload, log)
  const { located, notLocated } = await locatePlaces(payload)
  if (located + notLocated) log(`Places: ${located} located from the gazetteer, ${notLocated} not located`)
  return payload
}
