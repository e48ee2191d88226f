/**
 * The MapLibre style of the offline basemap in the platform's colours
 * (lib/maps/style.ts, as the SVG draws it), for the site's map pages and the
 * admin's map editor. Every source is a same-origin URL or inline data: no
 * tile, glyph or sprite is ever requested, so the style has no `glyphs` and
 * no symbol layers. Labels (places, feature names) are HTML markers placed
 * by the page (maplibregl.Marker): Chinese labels would otherwise need glyph
 * PBFs of several megabytes.
 */
import type { FeatureCollection, Geometry } from 'geojson'
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'

import { BASEMAP_LAYERS, type BasemapLayer } from './basemap'
import type { FeatureKind, MapFeatureCollection } from './features'
import type { MapOverlay } from './overlays'
import { BASEMAP_COLORS, KIND_STYLES } from './style'

/** Where the basemap layers are served (app/maps-assets/basemap/[layer]/route.ts). */
export const MAPS_ASSETS = '/maps-assets'
export const basemapLayerUrl = (layer: BasemapLayer, base = MAPS_ASSETS) => `${base}/basemap/${layer}`

/** The source and layer ids a page or the editor adds data to. */
export const FEATURES_SOURCE = 'map-features'
export const PLACES_SOURCE = 'map-places'
export const overlaySourceId = (index: number) => `overlay-${index}`

export type MaplibreStyleOptions = {
  locale: 'en' | 'zh'
  /** The map's features (all of them; a page filters by year with setData). Empty when absent. */
  features?: MapFeatureCollection
  /** Located places as GeoJSON points. Empty when absent. */
  places?: FeatureCollection<Geometry>
  /** Historical images under the features. */
  overlays?: readonly MapOverlay[]
  /** Origin-relative prefix of the basemap routes (default /maps-assets). */
  assetBase?: string
}

const ATTRIBUTION = { en: 'Basemap: Natural Earth; modern borders for reference', zh: '底图：Natural Earth；现代国界仅供参照' } as const
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] }

// MapLibre's dashes are in line widths, the SVG's in pixels.
const dashes = (dash: string | undefined, width: number) => (dash ? dash.split(/\s+/).map((n) => Number(n) / width) : undefined)

/** Features of a kind drawn as a geometry type (its Multi- form included). */
const kindAs = (kind: FeatureKind, type: 'Point' | 'LineString' | 'Polygon'): ExpressionSpecification => [
  'all',
  ['==', ['get', 'kind'], kind],
  ['in', ['geometry-type'], ['literal', [type, `Multi${type}`]]],
]

function featureLayers(): LayerSpecification[] {
  const areas: FeatureKind[] = ['ceded', 'disputed']
  const lines: FeatureKind[] = ['border', 'route', 'campaign']
  const layers: LayerSpecification[] = []
  for (const kind of areas) {
    const style = KIND_STYLES[kind]
    layers.push({ id: `feature-${kind}-fill`, type: 'fill', source: FEATURES_SOURCE, filter: kindAs(kind, 'Polygon'), paint: { 'fill-color': style.fill ?? style.color } })
    layers.push({
      id: `feature-${kind}-outline`,
      type: 'line',
      source: FEATURES_SOURCE,
      filter: kindAs(kind, 'Polygon'),
      paint: { 'line-color': style.color, 'line-width': 1.2, ...(style.dash ? { 'line-dasharray': dashes(style.dash, 1.2) } : {}) },
    })
  }
  for (const kind of lines) {
    const style = KIND_STYLES[kind]
    layers.push({
      id: `feature-${kind}`,
      type: 'line',
      source: FEATURES_SOURCE,
      filter: kindAs(kind, 'LineString'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': style.color, 'line-width': 2.2, ...(style.dash ? { 'line-dasharray': dashes(style.dash, 2.2) } : {}) },
    })
  }
  for (const kind of ['fort', 'battle'] as const) {
    layers.push({
      id: `feature-${kind}`,
      type: 'circle',
      source: FEATURES_SOURCE,
      filter: kindAs(kind, 'Point'),
      paint: { 'circle-color': KIND_STYLES[kind].color, 'circle-radius': 5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    })
  }
  return layers
}

/** The style: water, land, lakes, rivers, modern borders, the overlays, the features, the places. */
export function maplibreStyle(options: MaplibreStyleOptions): StyleSpecification {
  const base = options.assetBase ?? MAPS_ASSETS
  const sources: Record<string, SourceSpecification> = {}
  for (const layer of BASEMAP_LAYERS) sources[`basemap-${layer}`] = { type: 'geojson', data: basemapLayerUrl(layer, base), ...(layer === 'land' ? { attribution: ATTRIBUTION[options.locale] } : {}) }
  sources[FEATURES_SOURCE] = { type: 'geojson', data: (options.features ?? empty) as FeatureCollection }
  sources[PLACES_SOURCE] = { type: 'geojson', data: options.places ?? empty }
  const overlays = options.overlays ?? []
  overlays.forEach((overlay, index) => {
    sources[overlaySourceId(index)] = { type: 'image', url: overlay.url, coordinates: overlay.corners }
  })
  return {
    version: 8,
    name: options.locale === 'zh' ? '边疆史地图' : 'Frontier Annals map',
    sources,
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      { id: 'land', type: 'fill', source: 'basemap-land', paint: { 'fill-color': BASEMAP_COLORS.land } },
      { id: 'lakes', type: 'fill', source: 'basemap-lakes', paint: { 'fill-color': BASEMAP_COLORS.lake, 'fill-outline-color': BASEMAP_COLORS.river } },
      { id: 'rivers', type: 'line', source: 'basemap-rivers', paint: { 'line-color': BASEMAP_COLORS.river, 'line-width': 0.8 } },
      { id: 'modern-borders', type: 'line', source: 'basemap-countries', paint: { 'line-color': BASEMAP_COLORS.countryLine, 'line-width': 0.6, 'line-dasharray': [5, 3.3] } },
      ...overlays.map((overlay, index): LayerSpecification => ({ id: overlaySourceId(index), type: 'raster', source: overlaySourceId(index), paint: { 'raster-opacity': overlay.opacity, 'raster-fade-duration': 0 } })),
      ...featureLayers(),
      { id: 'places', type: 'circle', source: PLACES_SOURCE, paint: { 'circle-color': '#222222', 'circle-radius': ['match', ['get', 'precision'], 'region', 6, 'approximate', 3, 2.5], 'circle-opacity': ['match', ['get', 'precision'], 'exact', 1, 0], 'circle-stroke-color': '#222222', 'circle-stroke-width': ['match', ['get', 'precision'], 'exact', 0, 1] } },
    ],
  }
}
