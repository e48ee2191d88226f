import { formatAdminURL } from 'payload/shared'

import type { ShortCiteEntry } from '@/lib/cite/shortCite'
import { createShortCiteStore, type ShortCiteStore } from '@/lib/cite/shortCiteStore'

/** Matches the endpoint's limit (collections/citations/endpoints/shortCites). */
const REQUEST_SIZE = 200

const stores = new Map<string, ShortCiteStore>()

/** The page's one store of short cites for an API route, answered by GET /api/citations/short-cites. */
export function shortCiteStore(api: string): ShortCiteStore {
  let store = stores.get(api)
  if (!store) {
    store = createShortCiteStore(
      async (locale, ids) => {
        const search = new URLSearchParams({ locale, ids: ids.join(',') })
        const response = await fetch(`${formatAdminURL({ apiRoute: api, path: '/citations/short-cites' })}?${search.toString()}`, { credentials: 'include' })
        return response.ok ? ((await response.json()) as { docs: ShortCiteEntry[] }).docs : null
      },
      { requestSize: REQUEST_SIZE },
    )
    stores.set(api, store)
  }
  return store
}
