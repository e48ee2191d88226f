import type { MetadataRoute } from 'next'

import { asPublic, sitePayload } from './(site)/_data/payload'
import { LOCALES } from '../lib/i18n/locales'
import { serverURL } from '../lib/env'

export const revalidate = 3600

/** Every public page in both languages, each entry naming its other-language alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await sitePayload()
  const origin = serverURL()
  const paths: { path: string; lastModified?: string }[] = ['', '/places', '/people', '/timeline', '/bibliography', '/about'].map((path) => ({ path }))
  const [articles, places, people] = await Promise.all([
    payload.find({ collection: 'articles', limit: 0, depth: 0, select: { slug: true, updatedAt: true }, ...asPublic }),
    payload.find({ collection: 'places', limit: 0, depth: 0, select: { slug: true, updatedAt: true }, ...asPublic }),
    payload.find({ collection: 'people', limit: 0, depth: 0, select: { slug: true, updatedAt: true }, ...asPublic }),
  ])
  for (const [base, docs] of [['/articles', articles.docs], ['/places', places.docs], ['/people', people.docs]] as const) {
    for (const doc of docs) if (doc.slug) paths.push({ path: `${base}/${doc.slug}`, lastModified: doc.updatedAt })
  }
  return paths.flatMap(({ path, lastModified }) =>
    LOCALES.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l === 'zh' ? 'zh-Hans' : l, `${origin}/${l}${path}`])) },
    })),
  )
}
