/**
 * A map as a server-rendered SVG string (d3-geo, Web Mercator like MapLibre,
 * fitted to the map's extent): the basemap, the historical image overlays,
 * the map's features in the year given (all of them without one), its
 * places, and a footnote number beside each cited feature. The page around it prints the legend and the notes.
 */
import type { Feature, Geometry } from 'geojson'
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo'

import type { Basemap } from './basemap'
import { featureName, holdsIn, type MapFeature, type MapFeatureCollection } from './features'
import type { MapOverlay } from './overlays'
import type { Extent } from './region'
import { BASEMAP_COLORS, KIND_STYLES } from './style'

export type PlacePrecision = 'exact' | 'approximate' | 'region'
export type MapPlace = { name: string; longitude: number; latitude: number; precision: PlacePrecision }

export type SvgMapInput = {
  title: string
  basemap: Basemap
  extent: Extent
  features: MapFeatureCollection
  places?: readonly MapPlace[]
  /** Historical images placed by their corners, under the features. */
  overlays?: readonly MapOverlay[]
  locale?: 'en' | 'zh'
  /** Only the features that hold in this year; every feature when absent. */
  year?: number
  /** Footnote numbers by feature index, printed beside the feature. */
  noteNumbers?: ReadonlyMap<number, number>
  width?: number
  height?: number
  /** Prefix of the ids in the SVG, unique on the page (several maps on an article page). */
  idPrefix?: string
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const bounds = ({ west, south, east, north }: Extent): Feature<Geometry> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
})

/** The projection a map uses: Web Mercator fitted to its extent in a width × height box. */
export function mapProjection(extent: Extent, width: number, height: number) {
  return geoMercator().fitExtent([[4, 4], [width - 4, height - 4]], bounds(extent)).clipExtent([[0, 0], [width, height]])
}

function featureSvg(feature: MapFeature, index: number, path: ReturnType<typeof geoPath>, project: (p: [number, number]) => [number, number] | null, input: SvgMapInput): string {
  const { kind } = feature.properties
  const style = KIND_STYLES[kind]
  const name = featureName(feature.properties, index, input.locale)
  const note = input.noteNumbers?.get(index)
  const label = `${name}${note ? ` [${note}]` : ''}`
  const attrs = `data-kind="${kind}" data-from="${feature.properties.from ?? ''}" data-to="${feature.properties.to ?? ''}"`
  const geometry = feature.geometry
  if (kind === 'fort' || kind === 'battle') {
    const point = geometry.type === 'Point' ? project(geometry.coordinates as [number, number]) : (path.centroid(feature as GeoPermissibleObjects) as [number, number])
    if (!point || Number.isNaN(point[0])) return ''
    const [x, y] = point.map((v) => Math.round(v * 10) / 10) as [number, number]
    const mark =
      kind === 'fort'
        ? `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="${style.color}"/>`
        : `<path d="M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x - 5} ${y + 5}L${x + 5} ${y - 5}" stroke="${style.color}" stroke-width="2.5"/>`
    return `<g class="map-feature" ${attrs}><title>${escapeXml(label)}</title>${mark}<text x="${x + 7}" y="${y + 4}" class="map-label">${escapeXml(label)}</text></g>`
  }
  const d = path(feature as GeoPermissibleObjects)
  if (!d) return ''
  const area = kind === 'ceded' || kind === 'disputed'
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : ''
  const shape = `<path d="${d}" fill="${area ? style.fill : 'none'}" stroke="${style.color}" stroke-width="${area ? 1.2 : 2.2}"${dash}/>`
  const [cx, cy] = path.centroid(feature as GeoPermissibleObjects)
  const text = Number.isFinite(cx) && Number.isFinite(cy) ? `<text x="${Math.round(cx! * 10) / 10}" y="${Math.round(cy! * 10) / 10}" class="map-label" text-anchor="middle">${escapeXml(label)}</text>` : ''
  return `<g class="map-feature" ${attrs}><title>${escapeXml(label)}</title>${shape}${text}</g>`
}

function placeSvg(place: MapPlace, project: (p: [number, number]) => [number, number] | null, width: number, height: number): string {
  const point = project([place.longitude, place.latitude])
  if (!point) return ''
  const [x, y] = point.map((v) => Math.round(v * 10) / 10) as [number, number]
  if (x < 0 || y < 0 || x > width || y > height) return ''
  const mark =
    place.precision === 'exact'
      ? `<circle cx="${x}" cy="${y}" r="2.5" fill="#222"/>`
      : `<circle cx="${x}" cy="${y}" r="${place.precision === 'region' ? 6 : 3}" fill="none" stroke="#222" stroke-dasharray="${place.precision === 'region' ? '2 2' : 'none'}"/>`
  return `<g class="map-place" data-precision="${place.precision}">${mark}<text x="${x + 5}" y="${y - 4}" class="map-place-label">${escapeXml(place.name)}</text></g>`
}

type Point = [number, number]
const round = (value: number) => Math.round(value * 100) / 100

/**
 * An overlay image drawn as MapLibre draws an image source: two triangles
 * (top-left, top-right, bottom-right and top-left, bottom-right, bottom-left),
 * each the unit image under the affine map that takes its corners there,
 * clipped to the triangle. So the SVG shows the scan where the map page does.
 */
function overlaySvg(overlay: MapOverlay, index: number, project: (p: Point) => Point | null, prefix: string): string {
  const corners = overlay.corners.map((corner) => project(corner))
  if (corners.some((corner) => !corner || !corner.every(Number.isFinite))) return ''
  const [tl, tr, br, bl] = corners as [Point, Point, Point, Point]
  // matrix(a b c d e f): (u, v) of the unit image → (a·u + c·v + e, b·u + d·v + f).
  const triangles: { matrix: number[]; points: Point[] }[] = [
    { matrix: [tr[0] - tl[0], tr[1] - tl[1], br[0] - tr[0], br[1] - tr[1], tl[0], tl[1]], points: [tl, tr, br] },
    { matrix: [br[0] - bl[0], br[1] - bl[1], bl[0] - tl[0], bl[1] - tl[1], tl[0], tl[1]], points: [tl, br, bl] },
  ]
  const href = escapeXml(overlay.url)
  const attrs = `data-kind="overlay" data-from="${overlay.from ?? ''}" data-to="${overlay.to ?? ''}"`
  const parts = triangles.map(({ matrix, points }, half) => {
    const id = `${prefix}-overlay-${index}-${half}`
    const outline = points.map((point) => point.map(round).join(',')).join(' ')
    return `<clipPath id="${id}"><polygon points="${outline}"/></clipPath><g clip-path="url(#${id})"><image href="${href}" width="1" height="1" preserveAspectRatio="none" transform="matrix(${matrix.map(round).join(' ')})"/></g>`
  })
  return `<g class="map-feature" ${attrs} opacity="${overlay.opacity}">${parts.join('')}</g>`
}

// The basemap's paths depend only on the basemap, extent and size: drawn once per combination.
const basemapPaths = new WeakMap<Basemap, Map<string, string>>()
function basemapSvg(basemap: Basemap, extent: Extent, width: number, height: number, path: ReturnType<typeof geoPath>): string {
  const key = `${extent.west},${extent.south},${extent.east},${extent.north},${width},${height}`
  const cached = basemapPaths.get(basemap)?.get(key)
  if (cached !== undefined) return cached
  const layer = (collection: GeoPermissibleObjects, attributes: string) => {
    const d = path(collection)
    return d ? `<path d="${d}" ${attributes}/>` : ''
  }
  const svg = [
    `<rect width="${width}" height="${height}" fill="${BASEMAP_COLORS.water}"/>`,
    layer(basemap.land, `fill="${BASEMAP_COLORS.land}"`),
    layer(basemap.countries, `fill="none" stroke="${BASEMAP_COLORS.countryLine}" stroke-width="0.6" stroke-dasharray="3 2" class="map-modern-borders"`),
    layer(basemap.lakes, `fill="${BASEMAP_COLORS.lake}" stroke="${BASEMAP_COLORS.river}" stroke-width="0.4"`),
    layer(basemap.rivers, `fill="none" stroke="${BASEMAP_COLORS.river}" stroke-width="0.8"`),
  ].join('')
  if (!basemapPaths.has(basemap)) basemapPaths.set(basemap, new Map())
  basemapPaths.get(basemap)!.set(key, svg)
  return svg
}

/** The SVG markup of a map. */
export function renderMapSvg(input: SvgMapInput): string {
  const width = input.width ?? 800
  const height = input.height ?? 520
  const prefix = input.idPrefix ?? 'map'
  const projection = mapProjection(input.extent, width, height)
  const path = geoPath(projection).digits(1)
  const project = (p: Point) => projection(p)
  const shown = input.features.features
    .map((feature, index) => ({ feature, index }))
    .filter(({ feature }) => input.year === undefined || holdsIn(feature.properties, input.year))
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title" class="map-svg">`,
    `<title id="${prefix}-title">${escapeXml(input.title)}</title>`,
    basemapSvg(input.basemap, input.extent, width, height, path),
    ...(input.overlays ?? []).map((overlay, index) => (input.year === undefined || holdsIn(overlay, input.year) ? overlaySvg(overlay, index, project, prefix) : '')),
    ...shown.map(({ feature, index }) => featureSvg(feature, index, path, project, input)),
    ...(input.places ?? []).map((place) => placeSvg(place, project, width, height)),
    '</svg>',
  ].join('')
}
