import type { Article } from '@/payload-types'
import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import { relationId } from '@/lib/richtext/walk'
import { mapWorks, mapsRelatedTo } from '@/app/(site)/_data/maps'
import { MapFigure } from './MapFigure'

/** The published maps of the article's places or sources, as SVG figures: article readers load no map library. */
export async function RelatedMaps({ article, locale, copy }: { article: Article; locale: Locale; copy: Copy }) {
  const ids = (values: unknown[] | null | undefined) => (values ?? []).map((value) => relationId(value)).filter((id): id is string => id != null)
  const maps = await mapsRelatedTo({ places: ids(article.places), sources: ids(article.sources) }, locale)
  if (!maps.length) return null
  const figures = await Promise.all(maps.map(async (map) => ({ map, works: await mapWorks(map) })))
  return (
    <section className="related-maps" aria-labelledby="related-maps">
      <h2 id="related-maps">{copy.nav.maps}</h2>
      {figures.map(({ map, works }, index) => (
        <div key={map.id}>
          <h3>
            <a href={`/${locale}/maps/${map.slug}`}>{map.title}</a>
          </h3>
          <MapFigure map={map} works={works} locale={locale} copy={copy} idPrefix={`map${index + 1}`} />
        </div>
      ))}
    </section>
  )
}
