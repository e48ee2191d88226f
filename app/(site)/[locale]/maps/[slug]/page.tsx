import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { copyFor } from '@/lib/i18n/copy'
import { alternatesFor } from '@/lib/i18n/locales'
import { MapIsland } from '@/app/(site)/_components/map/MapIsland'
import { routeLocale, type SlugParams } from '@/app/(site)/_data/locale'
import { mapBySlug, mapWorks } from '@/app/(site)/_data/maps'

// Rendered on first request, then served from the cache until something public changes (see server/revalidate.ts).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  const { slug } = await params
  const map = await mapBySlug(slug, locale)
  return map ? { title: map.title, description: map.caption ?? undefined, alternates: alternatesFor(locale, `/maps/${slug}`) } : {}
}

export default async function MapPage({ params }: SlugParams) {
  const locale = await routeLocale(params)
  const { slug } = await params
  const map = await mapBySlug(slug, locale)
  if (!map) notFound()
  const copy = copyFor(locale)
  return (
    <article className="map-page">
      <h1>{map.title}</h1>
      <MapIsland map={map} works={await mapWorks(map)} locale={locale} copy={copy} />
    </article>
  )
}
