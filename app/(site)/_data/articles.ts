import type { Locale } from '../../../lib/i18n/locales'
import { asPublic, sitePayload } from './payload'

const CARD = { title: true, slug: true, summary: true, featured: true, publishedAt: true } as const

/** Featured and most recently published articles for the home page. */
export async function homeArticles(locale: Locale) {
  const payload = await sitePayload()
  const [featured, recent] = await Promise.all([
    payload.find({ collection: 'articles', locale, where: { featured: { equals: true } }, limit: 6, depth: 0, select: CARD, sort: '-publishedAt', ...asPublic }),
    payload.find({ collection: 'articles', locale, limit: 12, depth: 0, select: CARD, sort: '-publishedAt', ...asPublic }),
  ])
  return { featured: featured.docs, recent: recent.docs }
}
