import type { ShortCiteEntry } from '@/lib/cite/shortCite'

/**
 * The short cites the editor's citation chips show, asked for in batches and
 * kept: the chips that mount together (every citation of an article when it
 * opens) ask in the same task and share requests of up to `requestSize`
 * works, sent side by side, so 200 citations of 40 works cost one request,
 * not 200 in series. A work asked for again (another chip, a remount) is
 * answered from the store; one whose request failed says so, and is asked
 * for again by the next chip that wants it.
 */

export type ShortCiteState = { status: 'loading' } | { status: 'failed' } | { status: 'missing' } | { status: 'found'; entry: ShortCiteEntry }

/** Fetches the entries of `ids` in `locale`; null when the request failed. */
export type FetchShortCites = (locale: string, ids: string[]) => Promise<null | ShortCiteEntry[]>

export type ShortCiteStore = {
  request: (locale: string, id: string) => void
  state: (locale: string, id: string) => ShortCiteState
  subscribe: (listener: () => void) => () => void
}

const LOADING: ShortCiteState = { status: 'loading' }
const MISSING: ShortCiteState = { status: 'missing' }
const FAILED: ShortCiteState = { status: 'failed' }

export function createShortCiteStore(fetchShortCites: FetchShortCites, options: { requestSize: number; schedule?: (flush: () => void) => void }): ShortCiteStore {
  const schedule = options.schedule ?? ((flush) => setTimeout(flush, 0))
  const states = new Map<string, ShortCiteState>()
  const listeners = new Set<() => void>()
  const queued = new Map<string, Set<string>>()
  let flushScheduled = false

  const keyOf = (locale: string, id: string) => `${locale}\u0000${id}`
  const notify = () => listeners.forEach((listener) => listener())

  async function load(locale: string, ids: string[]): Promise<void> {
    const found = await fetchShortCites(locale, ids).catch(() => null)
    if (!found) ids.forEach((id) => states.set(keyOf(locale, id), FAILED))
    else {
      const byId = new Map(found.map((entry) => [entry.id, entry]))
      for (const id of ids) states.set(keyOf(locale, id), byId.has(id) ? { status: 'found', entry: byId.get(id)! } : MISSING)
    }
    notify()
  }

  function flush() {
    flushScheduled = false
    const batches = [...queued]
    queued.clear()
    for (const [locale, ids] of batches) {
      const all = [...ids]
      for (let start = 0; start < all.length; start += options.requestSize) void load(locale, all.slice(start, start + options.requestSize))
    }
  }

  return {
    request(locale, id) {
      const key = keyOf(locale, id)
      if (states.has(key) && states.get(key) !== FAILED) return
      states.set(key, LOADING)
      let ids = queued.get(locale)
      if (!ids) queued.set(locale, (ids = new Set()))
      ids.add(id)
      if (!flushScheduled) {
        flushScheduled = true
        schedule(flush)
      }
    },
    state: (locale, id) => states.get(keyOf(locale, id)) ?? LOADING,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
