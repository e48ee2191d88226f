import Link from 'next/link'

import { copyFor } from '@/lib/i18n/copy'
import { navPageMetadata, routeLocale, type LocaleParams } from '@/app/(site)/_data/locale'
import { listMaps } from '@/app/(site)/_data/maps'

export const generateMetadata = navPageMetadata('maps', '/maps')

export default async function MapsPage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  const maps = await listMaps(locale)
  return (
    <article className="index-page">
      <h1>{copy.nav.maps}</h1>
      <p>{copy.mapPages.intro}</p>
      <ul className="map-index">
        {maps.map((map) => (
          <li key={map.id}>
            <Link href={`/${locale}/maps/${map.slug}`}>{map.title}</Link>
            {map.period?.startYear != null ? <span className="map-years-range"> ({map.period.startYear}–{map.period.endYear ?? ''})</span> : null}
            {map.caption ? <p>{map.caption}</p> : null}
          </li>
        ))}
      </ul>
    </article>
  )
}
