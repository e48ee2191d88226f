import type { Payload } from 'payload'

import { SearchIndex } from '@/lib/search'
import { searchDocuments } from '@/server/search'

/** The site's search index as the server builds it, from the test's database. */
export async function siteSearchIndexFor(payload: Payload): Promise<SearchIndex> {
  const index = new SearchIndex()
  for (const document of await searchDocuments(payload)) index.add(document)
  return index
}
