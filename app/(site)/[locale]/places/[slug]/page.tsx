import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { copyFor } from '@/lib/i18n/copy'
import { alternatesFor } from '@/lib/i18n/locales'
import { displayName } from '@/lib/displayName'
import { EntityPage } from '@/app/(site)/_components/EntityPages'
import { routeLocale, type SlugParams } from '@/app/(site)/_data/locale'
import { mentionsOf, placeBySlug } from '@/app/(site)/_data/names'

// Rendered on first request, then served from the cache until something public changes (see server/revalidate.ts).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  const { slug } = await params
  const place = await placeBySlug(slug, locale)
  return place ? { title: displayName(place, locale), description: place.description ?? undefined, alternates: alternatesFor(locale, `/places/${slug}`) } : {}
}

export default async function PlacePage({ params }: SlugParams) {
  const locale = await routeLocale(params)
  const { slug } = await params
  const copy = copyFor(locale)
  const place = await placeBySlug(slug, locale)
  if (!place) notFound()
  const { latitude, longitude } = place.coordinates ?? {}
  const located = latitude != null && longitude != null
  return (
    <EntityPage
      entity={place}
      schemaType="Place"
      structuredData={located ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } } : undefined}
      locale={locale}
      copy={copy}
      mentions={await mentionsOf('places', place, locale)}
    >
      {located ? (
        <p>
          {copy.coordinates}: {latitude.toFixed(3)}, {longitude.toFixed(3)}
        </p>
      ) : null}
    </EntityPage>
  )
}
