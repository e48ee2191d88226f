import { randomUUID } from 'node:crypto'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

/**
 * The page cache's generation: one value in the database, replaced by every
 * change a reader could see. A cached page (in the database or in a server's
 * memory) is served only while the generation it was rendered in is still the
 * current one, so a change on any instance, or a CLI import, invalidates every
 * instance's pages at once. Read and written through the database adapter:
 * the read runs on every cached request, the write on every public change
 * (an import makes hundreds), and neither needs access control or hooks.
 */
const slug = 'page-cache-generation'

const readers = new WeakMap<Payload, () => Promise<string>>()

/**
 * The read, once per Payload instance. On SQLite a prepared drizzle statement
 * on the adapter's own table: the adapter's findGlobal builds its query anew
 * each time (about 3 ms against 0.1 ms here, on every cached request). On
 * MongoDB the adapter's findGlobal is one indexed findOne already.
 */
function reader(payload: Payload): () => Promise<string> {
  let read = readers.get(payload)
  if (!read) {
    if (payload.db.name === 'sqlite') {
      const adapter = payload.db as unknown as SQLiteAdapter
      const table = adapter.tables[adapter.tableNameMap.get('page_cache_generation')!]!
      const query = adapter.drizzle.select({ generation: table.generation }).from(table).limit(1).prepare()
      read = async () => ((await query.all()) as { generation: string | null }[])[0]?.generation ?? ''
    } else {
      read = async () => ((await payload.db.findGlobal({ slug })) as { generation?: string | null }).generation ?? ''
    }
    readers.set(payload, read)
  }
  return read
}

export const pageCacheGeneration = (payload: Payload): Promise<string> => reader(payload)()

/** Gives a database its first generation, at start-up (the adapters update a global only once it exists). */
export async function ensurePageCacheGeneration(payload: Payload): Promise<void> {
  const doc = (await payload.db.findGlobal({ slug })) as { id?: unknown }
  if (doc.id === undefined) await payload.db.createGlobal({ slug, data: { generation: randomUUID() } })
}

/**
 * Starts a new generation. Call it after the write that made the change, with
 * that write's request: inside a transaction the new generation then becomes
 * visible together with the change, never before it. Every public write of a
 * transaction starts one, so that a page rendered part-way through (SQLite's
 * transactions share the one connection) is never taken for the final state.
 */
export async function newPageCacheGeneration(payload: Payload, req?: Partial<PayloadRequest>): Promise<void> {
  await payload.db.updateGlobal({ slug, data: { generation: randomUUID() }, req, returning: false })
}
