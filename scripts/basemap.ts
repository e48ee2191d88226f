/**
 * `npm run geo:basemap`: makes geo/basemap.topo.json, the basemap every map draws on, from data
 * shipped with the project — land and modern countries from world-atlas (Natural Earth 1:50m) and
 * rivers and lakes from geo/natural-earth (Natural Earth 1:10m) — clipped to the region
 * (lib/maps/region), simplified and quantized so that a map page stays small. Run it again only
 * when the sources or the region change; the result is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import bboxClip from '@turf/bbox-clip'
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import { topology } from 'topojson-server'
import { presimplify, quantile, simplify } from 'topojson-simplify'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' }

import { BASEMAP_REGION } from '@/lib/maps/region'

const root = process.cwd()
const { west, south, east, north } = BASEMAP_REGION
const bbox: [number, number, number, number] = [west, south, east, north]

type Clippable = Feature<Polygon | MultiPolygon | LineString | MultiLineString>

function clip(collection: FeatureCollection, keep: (properties: Record<string, unknown>) => boolean, properties: (p: Record<string, unknown>) => Record<string, unknown>): FeatureCollection {
  const features: Feature[] = []
  for (const item of collection.features) {
    if (!item.geometry || !keep((item.properties ?? {}) as Record<string, unknown>)) continue
    const clipped = bboxClip(item as Clippable, bbox)
    const g = clipped.geometry as Geometry & { coordinates: unknown[] }
    if (!g.coordinates.length || (g.coordinates as unknown[][]).every((part) => Array.isArray(part) && part.length === 0)) continue
    features.push({ type: 'Feature', properties: properties((item.properties ?? {}) as Record<string, unknown>), geometry: clipped.geometry })
  }
  return { type: 'FeatureCollection', features }
}

const world = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>
const readGeoJSON = (file: string) => JSON.parse(readFileSync(path.join(root, 'geo', 'natural-earth', file), 'utf8')) as FeatureCollection
const names = (p: Record<string, unknown>) => ({ name: String(p.name_en ?? p.name ?? '') })

const layers = {
  land: clip(feature(world, world.objects.land) as FeatureCollection, () => true, () => ({})),
  countries: clip(feature(world, world.objects.countries) as FeatureCollection, () => true, (p) => ({ name: String(p.name ?? '') })),
  // Rivers of scale rank 6 and below (the Amur, Argun', Irtysh, Ili, Selenga, Ussuri…); the smaller ones crowd the page.
  rivers: clip(readGeoJSON('rivers-10m.geojson'), (p) => Number(p.scalerank) <= 6, names),
  lakes: clip(readGeoJSON('lakes-10m.geojson'), (p) => Number(p.scalerank) <= 6, names),
}

const weighted = presimplify(topology(layers, 1e5) as unknown as Parameters<typeof presimplify>[0])
// Keep the most significant 15% of the points: the coast and rivers still read at the region's scale.
const KEEP = 0.15
const simplified = simplify(weighted, quantile(weighted, KEEP))
// Back to GeoJSON and into a fresh topology: drops the simplification weights and quantizes to ~1 km.
const objects = simplified.objects as Record<keyof typeof layers, GeometryCollection>
const basemap = topology(
  Object.fromEntries(Object.keys(layers).map((name) => [name, feature(simplified, objects[name as keyof typeof layers]) as FeatureCollection])),
  1e4,
)
const out = path.join(root, 'geo', 'basemap.topo.json')
writeFileSync(out, JSON.stringify(basemap))
console.log(`${out}: ${Object.entries(layers).map(([name, c]) => `${name} ${c.features.length}`).join(', ')}; ${JSON.stringify(basemap).length} bytes`)
