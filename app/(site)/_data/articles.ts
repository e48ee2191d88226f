import { cache } from 'react'

import type { Locale } from '../../../lib/i18n/locales'
import { asPublic, sitePayload } from './payload'

const CARD = { title: true, slug: true, summary: true, featured: true, publishedAt: true } as const

/**
 * Query options for the articles written in a locale: a locale shows only
 * articles with their own text in it, never the other language's as fallback.
 */
export const writtenIn = (locale: Locale) => ({ locale, fallbackLocale: false as const, where: { title: { exists: true } } })

/** Featured and most recently published articles for the home page. */
export async function homeArticles(locale: Locale) {
  const payload = await sitePayload()
  const written = writtenIn(locale)
  const [featured, recent] = await Promise.all([
    payload.find({ collection: 'articles', ...written, where: { and: [written.where, { featured: { equals: true } }] }, limit: 6, depth: 0, select: CARD, sort: '-publishedAt', ...asPublic }),
    payload.find({ collection: 'articles', ...written, limit: 12, depth: 0, select: CARD, sort: '-publishedAt', ...asPublic }),
  ])
  return { featured: featured.docs, recent: recent.docs }
}

/**
 * A published article with what it cites and links to (one level populated), or
 * null. Memoized per request: the page and its metadata read the same article.
 */
export const articleBySlug = cache(async (slug: string, locale: Locale, draft = false) => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'articles',
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    // A locale shows only articles written in it: no silent fallback to the other language.
    fallbackLocale: false,
    // Draft mode (an editor's preview) reads the newest draft with the editor's own rights.
    ...(draft ? { draft: true, overrideAccess: true } : asPublic),
  })
  const article = docs[0]
  return article?.title ? article : null
})

/** Whether the article has its own text in a locale, without falling back to another. */
export async function hasTranslation(id: number | string, locale: Locale): Promise<boolean> {
  const payload = await sitePayload()
  const doc = await payload.findByID({ collection: 'articles', id, locale, fallbackLocale: false, depth: 0, select: { title: true }, ...asPublic, disableErrors: true })
  return Boolean(doc?.title)
}
