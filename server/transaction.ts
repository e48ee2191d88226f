import { randomUUID } from 'node:crypto'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * db-sqlite opens transactions only when configured with `transactionOptions`,
 * and then one per Local API call, each on a new connection that is never
 * closed (memory and file handles grow with every call) and that fails with
 * SQLITE_BUSY when another is open. As configured here, `initTransaction` does
 * nothing on SQLite, so a unit of work opens its transaction itself, on the
 * adapter's one connection, registered the way the adapter registers its own.
 * Units of work take turns: their statements must not mix on that connection.
 */
let sqliteTurn: Promise<unknown> = Promise.resolve()

async function beginOnSqlite(adapter: SQLiteAdapter): Promise<string> {
  const id = randomUUID()
  await adapter.client.execute('BEGIN IMMEDIATE')
  adapter.sessions[id] = {
    db: adapter.drizzle as unknown as SQLiteAdapter['sessions'][string]['db'],
    resolve: async () => void (await adapter.client.execute('COMMIT')),
    reject: async () => void (await adapter.client.execute('ROLLBACK')),
  }
  return id
}

async function run<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, base?: Partial<PayloadRequest>): Promise<T> {
  const req = await createLocalReq({ ...(base?.user ? { user: base.user } : {}), context: base?.context }, payload)
  await initTransaction(req)
  // Without a transaction, initTransaction leaves a promise of null behind.
  if (!(await req.transactionID) && payload.db.name === 'sqlite') req.transactionID = await beginOnSqlite(payload.db as unknown as SQLiteAdapter)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Runs `work` in one database transaction through the Local API: every write
 * made with the given `req` commits together or not at all.
 */
export function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, base?: Partial<PayloadRequest>): Promise<T> {
  if (payload.db.name !== 'sqlite') return run(payload, work, base)
  const turn = sqliteTurn.then(() => run(payload, work, base))
  sqliteTurn = turn.catch(() => undefined)
  return turn
}
