/**
 * `npm run migrate`: brings the database to the current schema and stops.
 * The config's onInit applies the committed migrations (a no-op when current),
 * as at every start.
 */
import { getPayload } from 'payload'

import config from '@/payload.config'

const payload = await getPayload({ config })
console.log('The database schema is current.')
await payload.destroy()
process.exit(0)
