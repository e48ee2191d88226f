import { cache } from 'react'

import type { Event } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { displayName } from '@/lib/displayName'
import { plainText, type EditorState } from '@/lib/richtext/walk'
import { passageNaming } from '@/lib/search/passages'
import { writtenIn } from '@/server/writtenIn'
import { asPublic, sitePayload } from './payload'

// Names are read without fallback: an English page names a place by its English or romanized name (lib/displayName), not by the Chinese fallback.
const ownLocale = (locale: Locale) => ({ locale, fallbackLocale: false as const })

/** A name authority's entities in the order a reader of the locale looks them up. */
async function listEntities(collection: 'people' | 'places', locale: Locale) {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection, ...ownLocale(locale), pagination: false, depth: 0, ...asPublic })
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en')
  return docs.sort((a, b) => collator.compare(displayName(a, locale), displayName(b, locale)))
}

export const listPlaces = (locale: Locale) => listEntities('places', locale)
export const listPeople = (locale: Locale) => listEntities('people', locale)

// Memoized per request: the page and its metadata read the same record.
export const placeBySlug = cache(async (slug: string, locale: Locale) => {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'places', ...ownLocale(locale), where: { slug: { equals: slug } }, limit: 1, depth: 0, ...asPublic })).docs[0] ?? null
})

export const personBySlug = cache(async (slug: string, locale: Locale) => {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'people', ...ownLocale(locale), where: { slug: { equals: slug } }, limit: 1, depth: 0, ...asPublic })).docs[0] ?? null
})

export type Mention = { id: number | string; title: string; slug?: null | string; passage: null | string }

/**
 * Published articles and events that mention a place or a person, each
 * article with the first passage that names it (an HTML snippet, in the
 * reader's language).
 */
export async function mentionsOf(field: 'places' | 'people', entity: { id: number | string; names?: null | { name: string }[] }, locale: Locale) {
  const payload = await sitePayload()
  const [articles, events] = await Promise.all([
    payload.find({ collection: 'articles', ...writtenIn(locale, { [field]: { in: [entity.id] } }), limit: 200, depth: 0, select: { title: true, slug: true, body: true }, ...asPublic }),
    payload.find({ collection: 'events', locale, where: { [field]: { in: [entity.id] } }, limit: 200, depth: 0, sort: 'start.sortKey', ...asPublic }),
  ])
  const names = (entity.names ?? []).map((n) => n.name)
  const mentions: Mention[] = articles.docs.map((article) => {
    const blocks = ((article.body as EditorState)?.root.children ?? []).map(plainText)
    return { id: article.id, title: article.title, slug: article.slug, passage: passageNaming(blocks, names) }
  })
  return { articles: mentions, events: events.docs as Event[] }
}

export async function timeline(locale: Locale) {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'events', locale, limit: 2000, depth: 0, sort: 'start.sortKey', ...asPublic })).docs
}
