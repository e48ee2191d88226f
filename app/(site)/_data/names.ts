import { cache } from 'react'

import type { Event } from '../../../payload-types'
import type { Locale } from '../../../lib/i18n/locales'
import { writtenIn } from '../../../server/writtenIn'
import { asPublic, sitePayload } from './payload'

export async function listPlaces(locale: Locale) {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'places', locale, limit: 1000, sort: 'name', depth: 0, ...asPublic })).docs
}

export async function listPeople(locale: Locale) {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'people', locale, limit: 1000, sort: 'name', depth: 0, ...asPublic })).docs
}

// Memoized per request: the page and its metadata read the same record.
export const placeBySlug = cache(async (slug: string, locale: Locale) => {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'places', locale, where: { slug: { equals: slug } }, limit: 1, depth: 0, ...asPublic })).docs[0] ?? null
})

export const personBySlug = cache(async (slug: string, locale: Locale) => {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'people', locale, where: { slug: { equals: slug } }, limit: 1, depth: 0, ...asPublic })).docs[0] ?? null
})

/** Published articles and events that mention a place or a person. */
export async function mentionsOf(field: 'places' | 'people', id: number | string, locale: Locale) {
  const payload = await sitePayload()
  const [articles, events] = await Promise.all([
    payload.find({ collection: 'articles', ...writtenIn(locale, { [field]: { in: [id] } }), limit: 200, depth: 0, select: { title: true, slug: true, summary: true }, ...asPublic }),
    payload.find({ collection: 'events', locale, where: { [field]: { in: [id] } }, limit: 200, depth: 0, sort: 'start.sortKey', ...asPublic }),
  ])
  return { articles: articles.docs, events: events.docs as Event[] }
}

export async function timeline(locale: Locale) {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'events', locale, limit: 2000, depth: 0, sort: 'start.sortKey', ...asPublic })).docs
}
