import type { ReactNode } from 'react'

import type { Citation, Map as MapRecord } from '@/payload-types'
import { changeYears, featureName, holdsIn } from '@/lib/maps/features'
import { MODERN_BORDERS_LABEL, KIND_STYLES } from '@/lib/maps/style'
import { renderMapSvg } from '@/lib/maps/svg'
import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import { buildReferences, type PageCite } from '@/app/(site)/_components/article/references'
import { mapExtent, mapFeatures, mapOverlaysOf, mapPlaces, siteBasemap } from '@/app/(site)/_data/maps'

/** At most this many year stops: site.css has a rule for each (a CSS-only time control, no script). */
export const MAX_YEAR_STOPS = 16

const yearsLabel = (from?: null | number, to?: null | number) => (from == null && to == null ? '' : `${from ?? '…'}–${to ?? ''}`)

/**
 * A map as readers without script get it: the server-rendered SVG, a year
 * control made of radio buttons (CSS shows only the features that hold in the
 * chosen year), the legend listing each feature with its years and footnote
 * number, its historical image overlays with theirs, and the notes formatted
 * like an article's. `interactive` goes over the SVG: the map page's
 * MapLibre island (MapIsland), which replaces the SVG once WebGL has drawn.
 */
export function MapFigure({ map, works, locale, copy, idPrefix = 'map', interactive }: { map: MapRecord; works: Map<string, Citation>; locale: Locale; copy: Copy; idPrefix?: string; interactive?: ReactNode }) {
  const features = mapFeatures(map)
  const overlays = mapOverlaysOf(map)
  const cites: PageCite[] = [
    ...features.features.flatMap((feature, index) =>
      feature.properties.cite?.citation != null ? [{ key: String(index), citationKey: String(feature.properties.cite.citation), locator: feature.properties.cite.locator ?? null, locatorType: feature.properties.cite.locatorType ?? null }] : [],
    ),
    ...overlays.flatMap((overlay, index) => (overlay.cite?.citation != null ? [{ key: `overlay-${index}`, citationKey: String(overlay.cite.citation), locator: overlay.cite.locator ?? null, locatorType: overlay.cite.locatorType ?? null }] : [])),
  ]
  const references = buildReferences(cites, works, locale, `${idPrefix}-cite`)
  const noteNumbers = new Map(cites.flatMap((cite) => {
    const marker = references.markerFor(cite.key)
    return marker && !cite.key.startsWith('overlay-') ? [[Number(cite.key), marker.number] as const] : []
  }))
  const svg = renderMapSvg({ title: map.title, basemap: siteBasemap(), extent: mapExtent(map), features, places: mapPlaces(map, locale), overlays, locale, noteNumbers, idPrefix })
  const stops = changeYears(features, map.period ?? {}).slice(0, MAX_YEAR_STOPS)
  // Each feature is marked with the stops at which it holds; site.css hides the others for the chosen stop.
  const svgWithStops = svg.replace(/<g class="map-feature" data-kind="[^"]*" data-from="([^"]*)" data-to="([^"]*)"/g, (whole, from: string, to: string) => {
    const properties = { from: from === '' ? null : Number(from), to: to === '' ? null : Number(to) }
    const classes = stops.flatMap((year, index) => (holdsIn(properties, year) ? [`s${index}`] : []))
    return whole.replace('class="map-feature"', `class="map-feature ${classes.join(' ')}"`)
  })
  const kinds = [...new Set(features.features.map((feature) => feature.properties.kind))]
  return (
    <figure className="map-figure" aria-labelledby={`${idPrefix}-caption`}>
      <div className="map-stops">
        {stops.length > 1 ? (
          <fieldset className="map-years">
            <legend>{copy.mapPages.year}</legend>
            <label>
              <input type="radio" name={`${idPrefix}-year`} value="all" defaultChecked />
              {copy.mapPages.allYears}
            </label>
            {stops.map((year, index) => (
              <label key={year}>
                <input type="radio" name={`${idPrefix}-year`} value={index} className={`stop-${index}`} />
                {year}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="map-stage">
          <div className="map-canvas" dangerouslySetInnerHTML={{ __html: svgWithStops }} />
          {interactive}
        </div>
      </div>
      <figcaption id={`${idPrefix}-caption`}>
        {map.caption ? <p>{map.caption}</p> : null}
        <h3>{copy.mapPages.legend}</h3>
        <ul className="map-legend">
          {kinds.map((kind) => (
            <li key={kind} className={`map-key map-key-${kind}`}>
              {KIND_STYLES[kind]?.label[locale] ?? kind}
            </li>
          ))}
          <li className="map-key map-key-modern">{MODERN_BORDERS_LABEL[locale]}</li>
        </ul>
        <h3>{copy.mapPages.features}</h3>
        <ol className="map-feature-list">
          {features.features.map((feature, index) => {
            const marker = references.markerFor(String(index))
            const note = feature.properties.note?.[locale] ?? feature.properties.note?.[locale === 'en' ? 'zh' : 'en']
            return (
              <li key={index} data-kind={feature.properties.kind} data-index={index}>
                {featureName(feature.properties, index, locale)} {yearsLabel(feature.properties.from, feature.properties.to) ? <span className="map-years-range">({yearsLabel(feature.properties.from, feature.properties.to)})</span> : null}
                {marker ? (
                  <sup id={marker.anchorId} className="footnote-ref">
                    <a href={`#${marker.noteId}`}>[{marker.number}]</a>
                  </sup>
                ) : null}
                {note ? <span className="map-feature-note"> {note}</span> : null}
              </li>
            )
          })}
        </ol>
        {overlays.length ? (
          <>
            <h3>{copy.mapPages.overlays}</h3>
            <ol className="map-overlay-list">
              {overlays.map((overlay, index) => {
                const marker = references.markerFor(`overlay-${index}`)
                const name = overlay.label?.[locale] ?? overlay.label?.[locale === 'en' ? 'zh' : 'en'] ?? `${copy.mapPages.overlay} ${index + 1}`
                return (
                  <li key={index}>
                    {name} {yearsLabel(overlay.from, overlay.to) ? <span className="map-years-range">({yearsLabel(overlay.from, overlay.to)})</span> : null}
                    {marker ? (
                      <sup id={marker.anchorId} className="footnote-ref">
                        <a href={`#${marker.noteId}`}>[{marker.number}]</a>
                      </sup>
                    ) : null}
                  </li>
                )
              })}
            </ol>
          </>
        ) : null}
        {references.notes.length ? (
          <>
            <h3>{copy.mapPages.notes}</h3>
            <ol className="notes">
              {references.notes.map((note) => (
                <li key={note.noteId} id={note.noteId} value={note.number}>
                  <span className="backlinks">
                    {note.backLinks.map((link) => (
                      <a key={link.anchorId} href={`#${link.anchorId}`} aria-label={link.label ? `${copy.backTo} (${link.label})` : copy.backTo}>
                        {link.label ? <sup>{link.label}</sup> : '^'}
                      </a>
                    ))}
                  </span>{' '}
                  <span className="note-text" dangerouslySetInnerHTML={{ __html: note.html }} />
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <p className="map-credit">{copy.mapPages.basemapCredit}</p>
      </figcaption>
    </figure>
  )
}
