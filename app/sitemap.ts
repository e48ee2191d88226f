import type { MetadataRoute } from 'next'

import { writtenIn } from '@/server/writtenIn'
import { asPublic, sitePayload } from './(site)/_data/payload'
import { LOCALES, type Locale } from '@/lib/i18n/locales'
import { serverURL } from '@/lib/env'

// Built on request, like the feeds: a build-time copy would predate the corpus (imported at
// first start) and miss every publish after it.
export const dynamic = 'force-dynamic'

/** Every public page in both languages, each entry naming its other-language alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await sitePayload()
  const origin = serverURL()
  const paths: { path: string; lastModified?: string; locales?: readonly Locale[] }[] = ['', '/articles', '/sources', '/places', '/people', '/timeline', '/bibliography', '/about'].map((path) => ({ path }))
  const [places, people] = await Promise.all([
    payload.find({ collection: 'places', limit: 0, depth: 0, select: { slug: true, updatedAt: true }, ...asPublic }),
    payload.find({ collection: 'people', limit: 0, depth: 0, select: { slug: true, updatedAt: true }, ...asPublic }),
  ])
  for (const [base, docs] of [['/places', places.docs], ['/people', people.docs]] as const) {
    for (const doc of docs) if (doc.slug) paths.push({ path: `${base}/${doc.slug}`, lastModified: doc.updatedAt, locales: LOCALES })
  }
  // An article is listed in the languages it is written in, each naming the others.
  const written = new Map<string, { lastModified: string; locales: Locale[] }>()
  for (const locale of LOCALES) {
    const { docs } = await payload.find({ collection: 'articles', ...writtenIn(locale), limit: 0, depth: 0, select: { slug: true, title: true, updatedAt: true }, ...asPublic })
    for (const doc of docs) {
      if (!doc.slug) continue
      const entry = written.get(doc.slug) ?? { lastModified: doc.updatedAt, locales: [] }
      entry.locales.push(locale)
      written.set(doc.slug, entry)
    }
  }
  for (const [slug, { lastModified, locales }] of written) paths.push({ path: `/articles/${slug}`, lastModified, locales })
  return paths.flatMap(({ path, lastModified, locales = LOCALES }) =>
    locales.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(locales.map((l) => [l === 'zh' ? 'zh-Hans' : l, `${origin}/${l}${path}`])) },
    })),
  )
}
