import { randomUUID } from 'node:crypto'
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

export async function pageCacheGeneration(payload: Payload, req?: Partial<PayloadRequest>): Promise<string> {
  const doc = (await payload.db.findGlobal({ slug, req })) as { generation?: string | null }
  return doc.generation ?? ''
}

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
