/** The shipped basemap (geo/basemap.topo.json, made by scripts/basemap.ts) as GeoJSON layers. */
import type { FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'

export const BASEMAP_LAYERS = ['land', 'countries', 'lakes', 'rivers'] as const
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number]
export type Basemap = Record<BasemapLayer, FeatureCollection<Geometry, { name?: string }>>
export type BasemapTopology = Topology<Record<BasemapLayer, GeometryCollection<{ name?: string }>>>

export function basemapLayers(topology: BasemapTopology): Basemap {
  return Object.fromEntries(BASEMAP_LAYERS.map((layer) => [layer, feature(topology, topology.objects[layer])])) as Basemap
}

/**
 * A layer as JSON text for MapLibre, its coordinates to 3 decimals: the
 * TopoJSON is quantized to about 0.01°, so the 15 digits of the decoded
 * numbers carry nothing but bytes (the four layers shrink from 88 to ~40 KB gzipped).
 */
export function basemapLayerJson(basemap: Basemap, layer: BasemapLayer): string {
  return JSON.stringify(basemap[layer], (key, value: unknown) => (typeof value === 'number' && key !== 'id' ? Math.round(value * 1000) / 1000 : value))
}
