import { cache } from 'react'

import type { Locale } from '@/lib/i18n/locales'
import { writtenIn } from '@/server/writtenIn'
import { asPublic, sitePayload } from './payload'

const CARD = { title: true, slug: true, summary: true, featured: true, publishedAt: true, period: true } as const

/**
 * What the home page shows: the featured article (the newest one marked
 * featured, else the newest), the most recently published ones after it, and
 * how much the encyclopedia holds.
 */
export async function homeArticles(locale: Locale) {
  const payload = await sitePayload()
  const count = (collection: 'places' | 'people' | 'events' | 'sources') => payload.count({ collection, ...asPublic }).then((result) => result.totalDocs)
  const [featured, recent, articles, places, people, events, sources] = await Promise.all([
    payload.find({ collection: 'articles', ...writtenIn(locale, { featured: { equals: true } }), limit: 1, depth: 0, select: CARD, sort: '-publishedAt', ...asPublic }),
    payload.find({ collection: 'articles', ...writtenIn(locale), limit: 13, depth: 0, select: CARD, sort: '-publishedAt', ...asPublic }),
    payload.count({ collection: 'articles', ...writtenIn(locale), ...asPublic }).then((result) => result.totalDocs),
    count('places'),
    count('people'),
    count('events'),
    count('sources'),
  ])
  const lead = featured.docs[0] ?? recent.docs[0] ?? null
  return { lead, recent: recent.docs.filter((doc) => doc.id !== lead?.id).slice(0, 12), counts: { articles, places, people, events, sources } }
}

/** An article's period as readers write it: 1862–1864, or one year. */
export function yearsOf(period: { startYear?: number | null; endYear?: number | null } | null | undefined): string {
  const { startYear, endYear } = period ?? {}
  if (startYear && endYear && startYear !== endYear) return `${startYear}–${endYear}`
  return String(startYear ?? endYear ?? '')
}

/**
 * A published article with what it cites and links to (one level populated), or
 * null. Memoized per request: the page and its metadata read the same article.
 */
export const articleBySlug = cache(async (slug: string, locale: Locale, draft = false) => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'articles',
    ...writtenIn(locale, { slug: { equals: slug } }),
    limit: 1,
    depth: 1,
    // Draft mode (an editor's preview) reads the newest draft with the editor's own rights.
    ...(draft ? { draft: true, overrideAccess: true } : asPublic),
  })
  return docs[0] ?? null
})

/** Whether the article has its own text in a locale. Memoized per request: the page and its metadata both ask. */
export const hasTranslation = cache(async (id: number | string, locale: Locale): Promise<boolean> => {
  const payload = await sitePayload()
  return (await payload.count({ collection: 'articles', ...writtenIn(locale, { id: { equals: id } }), ...asPublic })).totalDocs > 0
})

export type ArticleOrder = 'period' | 'title'

/**
 * Every article published in a locale with its summary and period, by period
 * (undated last) or by title in the locale's collation.
 */
export async function articleIndex(locale: Locale, order: ArticleOrder) {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'articles',
    ...writtenIn(locale),
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, summary: true, period: true },
    ...asPublic,
  })
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en')
  const byTitle = (a: (typeof docs)[number], b: (typeof docs)[number]) => collator.compare(a.title ?? '', b.title ?? '')
  const start = (doc: (typeof docs)[number]) => doc.period?.startYear ?? doc.period?.endYear ?? Number.POSITIVE_INFINITY
  return [...docs].sort(order === 'title' ? byTitle : (a, b) => start(a) - start(b) || byTitle(a, b))
}
