import { formatAdminURL } from 'payload/shared'

import type { ShortCiteEntry } from '@/lib/cite/shortCite'

/**
 * The short heads and references the editor's citation chips show, fetched from
 * GET /api/citations/short-cites and kept for the page's lifetime: the chips
 * that mount together (every citation of an article when it opens) ask in the
 * same task and share requests of up to REQUEST_SIZE works, sent side by side,
 * so 200 citations of 40 works cost one request, not 200 in series. A work
 * asked for again (another chip, a remount) is answered from the store.
 */

export type ShortCiteState = { status: 'loading' } | { status: 'missing' } | { status: 'found'; entry: ShortCiteEntry }

/** Matches the endpoint's limit (collections/citations/endpoints/shortCites). */
const REQUEST_SIZE = 200

const LOADING: ShortCiteState = { status: 'loading' }
const MISSING: ShortCiteState = { status: 'missing' }

const states = new Map<string, ShortCiteState>()
const listeners = new Set<() => void>()
const queued = new Map<string, { api: string; locale: string; ids: Set<string> }>()
let flushScheduled = false

const keyOf = (locale: string, id: string) => `${locale}\u0000${id}`
const notify = () => listeners.forEach((listener) => listener())

async function fetchShortCites(api: string, locale: string, ids: string[]): Promise<void> {
  const search = new URLSearchParams({ locale, ids: ids.join(',') })
  try {
    const response = await fetch(`${formatAdminURL({ apiRoute: api, path: '/citations/short-cites' })}?${search.toString()}`, { credentials: 'include' })
    const found = response.ok ? ((await response.json()) as { docs: ShortCiteEntry[] }).docs : null
    // A failed request leaves its works unknown (asked for again by the next chip that mounts), not "missing".
    if (!found) ids.forEach((id) => states.delete(keyOf(locale, id)))
    else {
      const byId = new Map(found.map((entry) => [entry.id, entry]))
      for (const id of ids) states.set(keyOf(locale, id), byId.has(id) ? { status: 'found', entry: byId.get(id)! } : MISSING)
    }
  } catch {
    ids.forEach((id) => states.delete(keyOf(locale, id)))
  }
  notify()
}

function flush() {
  flushScheduled = false
  const batches = [...queued.values()]
  queued.clear()
  for (const { api, locale, ids } of batches) {
    const all = [...ids]
    for (let start = 0; start < all.length; start += REQUEST_SIZE) void fetchShortCites(api, locale, all.slice(start, start + REQUEST_SIZE))
  }
}

/** Asks for a work's short cite unless it is known or on its way; requests go out once the current task is done. */
export function requestShortCite(api: string, locale: string, id: string): void {
  const key = keyOf(locale, id)
  if (states.has(key)) return
  states.set(key, LOADING)
  const batchKey = `${api}\u0000${locale}`
  let batch = queued.get(batchKey)
  if (!batch) queued.set(batchKey, (batch = { api, locale, ids: new Set() }))
  batch.ids.add(id)
  if (!flushScheduled) {
    flushScheduled = true
    setTimeout(flush, 0)
  }
}

export const shortCiteState = (locale: string, id: string): ShortCiteState => states.get(keyOf(locale, id)) ?? LOADING

export function subscribeShortCites(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
