/**
 * The checks a map's features pass before they are saved: a valid GeoJSON
 * FeatureCollection (zod-geojson), no larger than MAX_FEATURES_BYTES, every
 * feature with a geometry, coordinates within longitude/latitude range,
 * polygons without self-intersections (@turf/kinks), a known kind, and years
 * within the map's period. Each message names the feature it is about.
 * Ring winding is not an error: normalizeFeatures rewinds it (RFC 7946).
 */
import rewind from '@mapbox/geojson-rewind'
import kinks from '@turf/kinks'
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson'
import { GeoJSONFeatureCollectionSchema } from 'zod-geojson'

import { FEATURE_KINDS, featureName, type MapFeatureCollection, type MapFeatureProperties, type Period } from './features'

/** 5 MB of JSON: a frontier map has a few hundred kilobytes; more is a mistake (a whole country at full detail). */
export const MAX_FEATURES_BYTES = 5 * 1024 * 1024

type Loose = { type?: unknown; features?: unknown }
type LooseFeature = { type?: unknown; geometry?: unknown; properties?: Partial<MapFeatureProperties> | null }

const positionsOf = (geometry: Geometry): Position[] => {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates]
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat()
    case 'MultiPolygon':
      return geometry.coordinates.flat(2)
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf)
  }
}

const inRange = ([longitude, latitude]: Position) => longitude! >= -180 && longitude! <= 180 && latitude! >= -90 && latitude! <= 90

const selfIntersects = (geometry: Geometry): boolean =>
  geometry.type === 'GeometryCollection'
    ? geometry.geometries.some(selfIntersects)
    : (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && kinks(geometry as Polygon | MultiPolygon).features.length > 0

const isYear = (value: unknown) => value == null || Number.isInteger(value)

/** The first problem of one feature, or null. */
function featureProblem(feature: LooseFeature, index: number, period: Period): null | string {
  const name = `Feature "${featureName(feature.properties, index)}"`
  if (!feature.geometry) return `${name} has no geometry: draw it or remove the feature.`
  const geometry = feature.geometry as Geometry
  const outside = positionsOf(geometry).find((position) => !inRange(position))
  if (outside) return `${name} has a coordinate out of range (${outside.slice(0, 2).join(', ')}): longitude must be within −180…180 and latitude within −90…90.`
  if (selfIntersects(geometry)) return `${name} is a polygon that crosses itself: redraw its outline so that no two edges cross.`
  const properties = feature.properties ?? {}
  if (!FEATURE_KINDS.includes(properties.kind as never)) return `${name} needs a kind: one of ${FEATURE_KINDS.join(', ')}.`
  if (!isYear(properties.from) || !isYear(properties.to)) return `${name}: "from" and "to" must be whole years.`
  const { from, to } = properties
  if (from != null && to != null && from > to) return `${name} ends (${to}) before it begins (${from}).`
  const { startYear, endYear } = period
  for (const year of [from, to]) {
    if (year == null) continue
    if ((startYear != null && year < startYear) || (endYear != null && year > endYear))
      return `${name}: the year ${year} is outside the map's period (${startYear ?? '…'}–${endYear ?? '…'}).`
  }
  return null
}

/** Checks a map's features against its period: true, or a reader's message naming the feature at fault. */
export function checkMapFeatures(value: unknown, period: Period = {}): true | string {
  if (value === null || value === undefined) return true
  const bytes = Buffer.byteLength(JSON.stringify(value))
  if (bytes > MAX_FEATURES_BYTES) return `The features are ${(bytes / 1024 / 1024).toFixed(1)} MB of GeoJSON; a map may have at most ${MAX_FEATURES_BYTES / 1024 / 1024} MB. Simplify the geometry.`
  const loose = value as Loose
  if (loose.type !== 'FeatureCollection' || !Array.isArray(loose.features)) return 'The features must be a GeoJSON FeatureCollection ({"type": "FeatureCollection", "features": […]}).'
  const features = loose.features as LooseFeature[]
  for (const [index, feature] of features.entries()) {
    const problem = featureProblem(feature, index, period)
    if (problem) return problem
  }
  const parsed = GeoJSONFeatureCollectionSchema.safeParse(value)
  if (parsed.success) return true
  const issue = parsed.error.issues[0]
  const [, featureIndex, ...rest] = issue?.path ?? []
  const where = typeof featureIndex === 'number' ? `Feature "${featureName(features[featureIndex]?.properties, featureIndex)}"` : 'The features'
  return `${where} is not valid GeoJSON: ${issue?.message ?? 'unknown problem'}${rest.length ? ` (at ${rest.join('.')})` : ''}.`
}

/** Ring winding as RFC 7946 asks (outer rings counter-clockwise), so that a wrongly wound polygon is saved right rather than refused. */
export function normalizeFeatures<T>(value: T): T {
  if (!value || typeof value !== 'object' || (value as Loose).type !== 'FeatureCollection') return value
  return rewind(structuredClone(value) as unknown as MapFeatureCollection) as unknown as T
}
