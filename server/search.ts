import type { Payload } from 'payload'

import { readableText } from '@/lib/corpus/readable'
import { displayName } from '@/lib/displayName'
import { LOCALES } from '@/lib/i18n/locales'
import { plainText, type EditorState } from '@/lib/richtext/walk'
import { SearchIndex, type SearchDocument } from '@/lib/search'
import { pageCacheGeneration } from './pageCache/generation'
import { writtenIn } from './writtenIn'

/**
 * The site's search index lives in the server process and is built from what
 * the public may read, through the Local API — so it behaves the same on
 * SQLite and MongoDB and handles one- and two-character Chinese queries that
 * neither database's text index can. Any public change marks it stale; the
 * next search rebuilds it. The index remembers the page-cache generation it
 * was built in, so a change made on another server instance (or by a CLI
 * import) makes it stale too.
 */
const state = globalThis as typeof globalThis & { __siteSearch?: { generation: string; index: Promise<SearchIndex> } }

export function markSearchStale(): void {
  state.__siteSearch = undefined
}

export async function siteSearch(payload: Payload): Promise<SearchIndex> {
  const generation = await pageCacheGeneration(payload)
  if (state.__siteSearch?.generation !== generation) {
    const index = buildIndex(payload).catch((error: unknown) => {
      markSearchStale()
      throw error
    })
    state.__siteSearch = { generation, index }
  }
  return state.__siteSearch.index
}

const asPublic = { overrideAccess: false, draft: false, depth: 0, limit: 0, pagination: false } as const

export async function searchDocuments(payload: Payload): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = []
  for (const locale of LOCALES) {
    const [articles, places, people, events] = await Promise.all([
      payload.find({ collection: 'articles', ...writtenIn(locale), select: { title: true, slug: true, summary: true, body: true }, ...asPublic }),
      payload.find({ collection: 'places', locale, select: { name: true, slug: true, names: true, description: true }, ...asPublic }),
      payload.find({ collection: 'people', locale, select: { name: true, slug: true, names: true, description: true }, ...asPublic }),
      payload.find({ collection: 'events', locale, select: { name: true, names: true, description: true, start: true }, ...asPublic }),
    ])
    for (const article of articles.docs) {
      const body = article.body as EditorState
      documents.push({ id: `article:${article.id}:${locale}`, kind: 'article', locale, title: article.title, text: [article.summary ?? '', body?.root ? plainText(body.root) : ''].join('\n'), url: `/${locale}/articles/${article.slug}` })
    }
    for (const [kind, path, docs] of [['place', 'places', places.docs], ['person', 'people', people.docs]] as const) {
      for (const entity of docs) {
        documents.push({ id: `${kind}:${entity.id}:${locale}`, kind, locale, title: displayName(entity), text: entity.description ?? '', aliases: (entity.names ?? []).map((n) => n.name), url: `/${locale}/${path}/${entity.slug}` })
      }
    }
    for (const event of events.docs) {
      documents.push({ id: `event:${event.id}:${locale}`, kind: 'event', locale, title: displayName(event), text: [event.start?.originalText ?? '', event.description ?? ''].join('\n'), aliases: (event.names ?? []).map((n) => n.name), url: `/${locale}/timeline#event-${event.id}` })
    }
  }
  const sources = await payload.find({ collection: 'sources', select: { title: true, rawText: true, language: true }, ...asPublic })
  for (const source of sources.docs) {
    const locale = source.language === 'zh' ? 'zh' : 'en'
    documents.push({ id: `source:${source.id}`, kind: 'source', locale, title: source.title, text: readableText(source.rawText), url: `/${locale}/sources/${source.id}` })
  }
  return documents
}

async function buildIndex(payload: Payload): Promise<SearchIndex> {
  const index = new SearchIndex()
  for (const document of await searchDocuments(payload)) index.add(document)
  return index
}
