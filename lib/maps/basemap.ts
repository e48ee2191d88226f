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
