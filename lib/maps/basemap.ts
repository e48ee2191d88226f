/** The shipped basemap (geo/basemap.topo.json, made by scripts/basemap.ts) as GeoJSON layers. */
import type { FeatureCollection, Geometry, Position } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'

export const BASEMAP_LAYERS = ['land', 'countries', 'lakes', 'rivers'] as const
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number]
export type Basemap = Record<BasemapLayer, FeatureCollection<Geometry, { name?: string }>>
export type BasemapTopology = Topology<Record<BasemapLayer, GeometryCollection<{ name?: string }>>>

export function basemapLayers(topology: BasemapTopology): Basemap {
  return Object.fromEntries(BASEMAP_LAYERS.map((layer) => [layer, withoutEmptyParts(feature(topology, topology.objects[layer]))])) as Basemap
}

/**
 * Drops what clipping the basemap to its extent left empty: rings of fewer than
 * four positions, polygons without an outer ring, lines of fewer than two
 * positions, and features with nothing left. MapLibre's tiler fails on an empty
 * part (d3 skips it), so the layers carry only drawable geometry.
 */
export function withoutEmptyParts<P>(collection: FeatureCollection<Geometry, P>): FeatureCollection<Geometry, P> {
  const polygon = (rings: Position[][]) => (rings[0] && rings[0].length >= 4 ? rings.filter((ring) => ring.length >= 4) : null)
  const drawable = (geometry: Geometry | null): Geometry | null => {
    if (!geometry) return null
    switch (geometry.type) {
      case 'LineString':
        return geometry.coordinates.length >= 2 ? geometry : null
      case 'MultiLineString': {
        const lines = geometry.coordinates.filter((line) => line.length >= 2)
        return lines.length ? { ...geometry, coordinates: lines } : null
      }
      case 'Polygon': {
        const rings = polygon(geometry.coordinates)
        return rings ? { ...geometry, coordinates: rings } : null
      }
      case 'MultiPolygon': {
        const polygons = geometry.coordinates.map(polygon).filter((rings): rings is Position[][] => rings !== null)
        return polygons.length ? { ...geometry, coordinates: polygons } : null
      }
      case 'MultiPoint':
        return geometry.coordinates.length ? geometry : null
      case 'GeometryCollection': {
        const geometries = geometry.geometries.map(drawable).filter((part): part is Geometry => part !== null)
        return geometries.length ? { ...geometry, geometries } : null
      }
      default:
        return geometry
    }
  }
  return {
    ...collection,
    features: collection.features.flatMap((item) => {
      const geometry = drawable(item.geometry)
      return geometry ? [{ ...item, geometry }] : []
    }),
  }
}

/**
 * A layer as JSON text for MapLibre, its coordinates to 3 decimals: the
 * TopoJSON is quantized to about 0.01°, so the 15 digits of the decoded
 * numbers carry nothing but bytes (the four layers shrink from 88 to ~40 KB gzipped).
 */
export function basemapLayerJson(basemap: Basemap, layer: BasemapLayer): string {
  return JSON.stringify(basemap[layer], (key, value: unknown) => (typeof value === 'number' && key !== 'id' ? Math.round(value * 1000) / 1000 : value))
}
