import { preload } from 'react-dom'

import type { Citation, Map as MapRecord } from '@/payload-types'
import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import { MAPS_ASSETS } from '@/lib/maps/maplibreStyle'
import { sliderRange } from '@/lib/maps/pageData'
import { mapIslandVersion } from '@/server/maps/islandFiles'
import { mapFeatures } from '@/app/(site)/_data/maps'
import { MapFigure } from './MapFigure'

/**
 * A map page's map: the SVG figure as every reader gets it, plus what the
 * map pages' one script (server/maps/island.ts) needs to turn it into a
 * MapLibre map — a time slider and a list of what the chosen year shows,
 * both hidden until the map has drawn, so without script or WebGL the page
 * is the SVG with its year control. Only map pages carry the script; their
 * CSP allows it (lib/security/headers.ts, kind 'map').
 */
export function MapIsland({ map, works, locale, copy }: { map: MapRecord; works: Map<string, Citation>; locale: Locale; copy: Copy }) {
  const range = sliderRange(map.period ?? {}, mapFeatures(map))
  const version = mapIslandVersion()
  const dataSrc = `${MAPS_ASSETS}/maps/${encodeURIComponent(map.slug ?? '')}/${locale}`
  // The map's data is asked for while the script downloads, not after it has run (bench/maps: about a second sooner).
  preload(dataSrc, { as: 'fetch', crossOrigin: 'anonymous' })
  return (
    <div className="map-island" data-map-island="" data-locale={locale} data-src={dataSrc}>
      <link rel="stylesheet" href={`${MAPS_ASSETS}/island.css?v=${version}`} precedence="default" />
      {range ? (
        <div className="map-slider" hidden>
          <label htmlFor="map-year-slider">{copy.mapPages.year}</label>
          <input id="map-year-slider" type="range" min={range.min} max={range.max} step={1} defaultValue={range.min} />
          <output htmlFor="map-year-slider" aria-live="polite">
            {range.min}
          </output>
        </div>
      ) : null}
      <MapFigure map={map} works={works} locale={locale} copy={copy} interactive={<div className="map-gl" role="region" aria-label={copy.mapPages.interactive} />} />
      <section className="map-shown" hidden aria-labelledby="map-shown-heading">
        <h2 id="map-shown-heading">{copy.mapPages.shownIn}</h2>
        <ul />
      </section>
      <script src={`${MAPS_ASSETS}/island.js?v=${version}`} defer />
    </div>
  )
}
