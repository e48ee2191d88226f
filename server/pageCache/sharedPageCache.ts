import type { Payload } from 'payload'

import { decodeCacheValue, encodeCacheValue } from '@/lib/pageCache/codec'
import { ensurePageCacheGeneration, newPageCacheGeneration, pageCacheGeneration } from './generation'

const collection = 'page-cache-entries'

/** What Next's cache handler returns from get(): see node_modules/next/dist/server/lib/incremental-cache. */
export type CacheHandlerValue = { lastModified: number; value: unknown; cacheControl?: unknown }

/**
 * Next's incremental cache (the App Router's full-route and data cache) over
 * the database, for nextCacheHandler.mjs. Every entry records the generation
 * that was current *before* it was rendered: a render that overlaps a publish
 * may have read the old data, and its entry is then already stale. Entries of
 * past generations are never served and are deleted as new ones are written.
 */
export function sharedPageCache(payload: Payload) {
  // Per cache key, the generation read by the lookup that preceded the render (Next looks up before it renders).
  const renderedIn = new Map<string, string>()
  let purgedBefore: string | undefined

  async function purgeOtherGenerations(generation: string) {
    if (purgedBefore === generation) return
    purgedBefore = generation
    await payload.db.deleteMany({ collection, where: { generation: { not_equals: generation } } })
  }

  return {
    /** The current generation, for the in-memory page store of server/http. */
    generation: () => pageCacheGeneration(payload),

    async get(key: string): Promise<CacheHandlerValue | null> {
      try {
        const generation = await pageCacheGeneration(payload)
        // Keys looked up but never stored (dynamic routes) must not pile up.
        if (renderedIn.size > 10_000) renderedIn.clear()
        renderedIn.set(key, generation)
        const entry = (await payload.db.findOne({ collection, where: { key: { equals: key } } })) as { generation: string; value: string } | null
        if (!entry || entry.generation !== generation) return null
        return decodeCacheValue(entry.value) as CacheHandlerValue
      } catch (error) {
        // The database not answering is a miss: the page is rendered (and fails there, visibly, if it must).
        console.warn(`page cache: could not read ${key}:`, error instanceof Error ? error.message : error)
        return null
      }
    },

    async set(key: string, value: unknown, cacheControl: unknown): Promise<void> {
      const generation = renderedIn.get(key)
      renderedIn.delete(key)
      // Without a lookup before the render its data may predate any generation: do not keep it.
      if (generation === undefined || value == null) return
      const data = { key, generation, value: encodeCacheValue({ lastModified: Date.now(), value, cacheControl }) }
      try {
        await payload.db.upsert({ collection, data, where: { key: { equals: key } } })
        await purgeOtherGenerations(generation)
      } catch (error) {
        // Another instance writing the same key at the same moment: its entry serves as well.
        console.warn(`page cache: could not store ${key}:`, error instanceof Error ? error.message : error)
      }
    },

    /** revalidatePath and revalidateTag: any of them starts a new generation (the site invalidates as a whole, see server/revalidate.ts). */
    revalidate: () => newPageCacheGeneration(payload),
  }
}

export type SharedPageCache = ReturnType<typeof sharedPageCache>

const registry = Symbol.for('frontier-annals.shared-page-cache')
type Registry = { [registry]?: SharedPageCache }

/**
 * At Payload's start: gives the database its first generation and makes the
 * shared cache reachable from Next's cache handler and from server/http,
 * which are loaded outside the app's bundle; the Payload instance started
 * last (the server's own) is the one used. Not during `next build`: nothing
 * rendered from the build machine's database is kept.
 */
export async function startSharedPageCache(payload: Payload): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  await ensurePageCacheGeneration(payload)
  ;(globalThis as Registry)[registry] = sharedPageCache(payload)
}

export const registeredPageCache = (): SharedPageCache | undefined => (globalThis as Registry)[registry]
