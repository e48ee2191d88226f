import maplibregl, { type Map as MaplibreMap, type Marker } from 'maplibre-gl'

import { featureName, holdsIn, type MapFeature } from '@/lib/maps/features'
import { frameExtent } from '@/lib/maps/frame'
import { featureFilters, maplibreStyle, overlaySourceId } from '@/lib/maps/maplibreStyle'
import { placesGeoJSON, type MapPageData } from '@/lib/maps/pageData'

const webglAvailable = () => {
  const canvas = document.createElement('canvas')
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
}

/** A label as an HTML marker: MapLibre draws text only from glyph files, which the site does not ship (lib/maps/maplibreStyle.ts). */
function label(text: string, className: string): HTMLElement {
  const element = document.createElement('span')
  element.className = `map-marker-label ${className}`
  element.textContent = text
  return element
}

/** Where a feature's label goes: the point itself, else the middle vertex of its line or outer ring. */
function labelPoint(feature: MapFeature): [number, number] | null {
  const { geometry } = feature
  const middle = (points: number[][]) => (points.length ? (points[Math.floor(points.length / 2)] as [number, number]) : null)
  if (geometry.type === 'Point') return geometry.coordinates as [number, number]
  if (geometry.type === 'LineString') return middle(geometry.coordinates)
  if (geometry.type === 'MultiLineString') return middle(geometry.coordinates[0] ?? [])
  if (geometry.type === 'Polygon') return middle(geometry.coordinates[0] ?? [])
  if (geometry.type === 'MultiPolygon') return middle(geometry.coordinates[0]?.[0] ?? [])
  return null
}

// A source that fails later (an overlay's image, say) is reported by MapLibre and leaves the rest of the map drawn.
const loaded = (map: MaplibreMap) => new Promise<void>((resolve) => map.once('load', () => resolve()))

/**
 * Turns one server-rendered map figure into a MapLibre map: the basemap, the
 * overlays, the features that hold in the slider's year and the places, with
 * HTML labels. The list "shown in this year" repeats the figure's own legend
 * entries (with their footnote links), so what the map shows is also text.
 */
export async function mountMapIsland(root: HTMLElement): Promise<void> {
  const container = root.querySelector<HTMLElement>('.map-gl')
  const sliderBox = root.querySelector<HTMLElement>('.map-slider')
  const slider = sliderBox?.querySelector('input')
  const output = sliderBox?.querySelector('output')
  const shown = root.querySelector<HTMLElement>('.map-shown')
  const legendEntries = [...root.querySelectorAll<HTMLLIElement>('.map-feature-list > li[data-index]')]
  if (!container || !root.dataset.src || !webglAvailable()) return
  const locale = root.dataset.locale === 'zh' ? 'zh' : 'en'
  // As the page's preload asked for it (no headers of its own), so the preloaded answer is used.
  const response = await fetch(root.dataset.src)
  if (!response.ok) throw new Error(`${root.dataset.src}: ${response.status}`)
  const data = (await response.json()) as MapPageData
  const { west, south, east, north } = data.extent
  const style = maplibreStyle({ locale, features: data.features, places: placesGeoJSON(data.places), overlays: data.overlays })
  const map = new maplibregl.Map({ container, style, bounds: [[west, south], [east, north]], dragRotate: false, pitchWithRotate: false, maxPitch: 0, attributionControl: { compact: true } })
  map.touchZoomRotate.disableRotation()
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }))
  await loaded(map)
  frameExtent(map, data.extent)
  for (const place of data.places) new maplibregl.Marker({ element: label(place.name, 'place-label'), anchor: 'left' }).setLngLat([place.longitude, place.latitude]).addTo(map)

  let featureMarkers: Marker[] = []
  const showYear = (year: number | null) => {
    const holds = (feature: MapFeature) => year == null || holdsIn(feature.properties, year)
    const visible = data.features.features.map((feature, index) => ({ feature, index })).filter(({ feature }) => holds(feature))
    for (const [layer, filter] of featureFilters(style, visible.map(({ index }) => index))) map.setFilter(layer, filter)
    data.overlays.forEach((overlay, index) => map.setLayoutProperty(overlaySourceId(index), 'visibility', year == null || holdsIn(overlay, year) ? 'visible' : 'none'))
    for (const marker of featureMarkers) marker.remove()
    featureMarkers = visible.flatMap(({ feature, index }) => {
      const point = labelPoint(feature)
      return point ? [new maplibregl.Marker({ element: label(featureName(feature.properties, index, locale), 'feature-label'), anchor: 'left' }).setLngLat(point).addTo(map)] : []
    })
    if (output && year != null) output.textContent = String(year)
    if (slider && year != null) slider.setAttribute('aria-valuetext', String(year))
    const list = shown?.querySelector('ul')
    if (list) {
      const indexes = new Set(visible.map(({ index }) => String(index)))
      list.replaceChildren(
        ...legendEntries.filter((entry) => indexes.has(entry.dataset.index ?? '')).map((entry) => {
          const copy = entry.cloneNode(true) as HTMLElement
          for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id')
          return copy
        }),
      )
    }
  }
  showYear(slider ? Number(slider.value) : null)
  slider?.addEventListener('input', () => showYear(Number(slider.value)))
  if (sliderBox && slider) sliderBox.hidden = false
  if (shown) shown.hidden = false
  root.classList.add('map-gl-ready')
  // Tests and the benchmark wait for this: the map has drawn and the slider works.
  map.once('idle', () => {
    performance.mark('map-drawn')
    root.dataset.mapReady = 'true'
  })
}
