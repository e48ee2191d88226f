import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { copyFor } from '@/lib/i18n/copy'
import { alternatesFor } from '@/lib/i18n/locales'
import { displayName } from '@/lib/displayName'
import { EntityPage } from '@/app/(site)/_components/EntityPages'
import { routeLocale, type SlugParams } from '@/app/(site)/_data/locale'
import { mentionsOf, placeBySlug } from '@/app/(site)/_data/names'
import { siteBasemap } from '@/app/(site)/_data/maps'
import { renderMapSvg } from '@/lib/maps/svg'

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
  const { latitude, longitude, precision } = place.coordinates ?? {}
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
        <>
          <p>
            {copy.coordinates}: {latitude.toFixed(3)}, {longitude.toFixed(3)}
            {precision && precision !== 'not-located' ? ` (${copy.mapPages.precision[precision]})` : ''}
          </p>
          <div
            className="map-canvas place-map"
            dangerouslySetInnerHTML={{
              __html: renderMapSvg({
                title: displayName(place, locale),
                basemap: siteBasemap(),
                extent: { west: longitude - 8, south: latitude - 5, east: longitude + 8, north: latitude + 5 },
                features: { type: 'FeatureCollection', features: [] },
                places: [{ name: displayName(place, locale), latitude, longitude, precision: precision && precision !== 'not-located' ? precision : 'approximate' }],
                width: 480,
                height: 320,
                idPrefix: 'place-map',
              }),
            }}
          />
        </>
      ) : null}
    </EntityPage>
  )
}
