/**
 * The map editor's translation between a map's stored features (a GeoJSON
 * FeatureCollection, lib/maps/features.ts) and terra-draw's store, which
 * wants an id and a drawing mode on every feature and adds properties of its
 * own (selection handles, timestamps, drawing state) that are never saved.
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson'

import type { Extent } from './region'
import { FEATURE_KINDS, type FeatureKind, type MapFeature, type MapFeatureCollection, type MapFeatureProperties } from './features'

/** The drawing modes the editor offers, by the geometry they make. */
export const DRAW_MODES = ['point', 'linestring', 'polygon'] as const
export type DrawMode = (typeof DRAW_MODES)[number]

/** What terra-draw writes into a feature's properties for its own use (its store's reserved names, and `tracked` timestamps). */
const DRAW_ONLY_PROPERTIES = [
  'mode',
  'currentlyDrawing',
  'edited',
  'closingPoint',
  'snappingPoint',
  'coordinatePoint',
  'coordinatePointFeatureId',
  'coordinatePointIds',
  'provisionalCoordinateCount',
  'committedCoordinateCount',
  'marker',
  'selected',
  'midPoint',
  'selectionPointFeatureId',
  'selectionPoint',
  'createdAt',
  'updatedAt',
] as const
/** Properties that mark a helper feature (a handle, a vertex, a feature still being drawn) rather than one of the map's. */
const HELPER_FLAGS = ['currentlyDrawing', 'closingPoint', 'snappingPoint', 'coordinatePoint', 'midPoint', 'selectionPoint'] as const

export type DrawFeature = Feature<Geometry, Record<string, unknown>> & { id: string }

const modeOf = (geometry: Geometry): DrawMode | null =>
  geometry.type === 'Point' ? 'point' : geometry.type === 'LineString' ? 'linestring' : geometry.type === 'Polygon' ? 'polygon' : null

/** The kind a newly drawn feature gets: a point is a fort, a line a border, an area ceded territory; the editor changes it. */
export const defaultKind = (mode: DrawMode): FeatureKind => (mode === 'point' ? 'fort' : mode === 'linestring' ? 'border' : 'ceded')

/**
 * The stored features as terra-draw takes them: each with an id (kept, else
 * made by `newId`) and its mode. Features terra-draw cannot draw (Multi-
 * geometries, collections) are returned apart: the editor keeps them as they
 * are and leaves them to the GeoJSON tab.
 */
export function toDrawFeatures(collection: MapFeatureCollection | null | undefined, newId: () => string): { drawable: DrawFeature[]; kept: MapFeature[] } {
  const drawable: DrawFeature[] = []
  const kept: MapFeature[] = []
  for (const feature of collection?.features ?? []) {
    const mode = feature.geometry ? modeOf(feature.geometry) : null
    if (!mode) {
      kept.push(feature)
      continue
    }
    const id = typeof feature.id === 'string' && feature.id ? feature.id : newId()
    drawable.push({ type: 'Feature', id, geometry: feature.geometry, properties: { ...feature.properties, mode } })
  }
  return { drawable, kept }
}

/** terra-draw's snapshot back as the map's features: its helpers dropped, its own properties removed, a kind given to a new feature. */
export function fromDrawSnapshot(snapshot: readonly Feature[], kept: readonly MapFeature[] = []): MapFeatureCollection {
  const features: MapFeature[] = []
  for (const feature of snapshot) {
    const properties = (feature.properties ?? {}) as Record<string, unknown>
    const mode = properties.mode as DrawMode
    if (!DRAW_MODES.includes(mode) || HELPER_FLAGS.some((flag) => properties[flag])) continue
    const own: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(properties)) if (!(DRAW_ONLY_PROPERTIES as readonly string[]).includes(key)) own[key] = value
    if (!FEATURE_KINDS.includes(own.kind as FeatureKind)) own.kind = defaultKind(mode)
    own.name ??= {}
    features.push({ type: 'Feature', id: feature.id, geometry: feature.geometry, properties: own as MapFeatureProperties })
  }
  return { type: 'FeatureCollection', features: [...features, ...kept] }
}

/** The extent a drawn box covers (terra-draw's rectangle: a polygon of its four corners), rounded to 0.01°. */
export function extentOfBox(ring: readonly Position[]): Extent {
  const round = (value: number) => Math.round(value * 100) / 100
  const longitudes = ring.map((position) => position[0]!)
  const latitudes = ring.map((position) => position[1]!)
  return { west: round(Math.min(...longitudes)), south: round(Math.min(...latitudes)), east: round(Math.max(...longitudes)), north: round(Math.max(...latitudes)) }
}

/** Whether every side of an extent is given (the stored group may be partly empty). */
export function completeExtent(extent: Partial<Record<keyof Extent, null | number>> | null | undefined): Extent | null {
  const { west, south, east, north } = extent ?? {}
  return west != null && south != null && east != null && north != null && west < east && south < north ? { west, south, east, north } : null
}

/** A region's outline (places' `boundary`: a Polygon or MultiPolygon) as terra-draw polygons, one per part. */
export function boundaryToDrawFeatures(boundary: Polygon | MultiPolygon | null | undefined, newId: () => string): DrawFeature[] {
  const parts = !boundary ? [] : boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.type === 'MultiPolygon' ? boundary.coordinates : []
  return parts.map((coordinates) => ({ type: 'Feature', id: newId(), geometry: { type: 'Polygon', coordinates }, properties: { mode: 'polygon' } }))
}

/** The polygons drawn back as an outline: none → null, one → a Polygon, more → a MultiPolygon. */
export function boundaryFromSnapshot(snapshot: readonly Feature[]): Polygon | MultiPolygon | null {
  const parts = snapshot
    .filter((feature) => feature.geometry?.type === 'Polygon' && feature.properties?.mode === 'polygon' && !HELPER_FLAGS.some((flag) => feature.properties?.[flag]))
    .map((feature) => (feature.geometry as Polygon).coordinates)
  if (!parts.length) return null
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts }
}

/** The extent around an outline's parts, or around a point (± `margin` degrees), to open the map on. */
export function extentAround(boundary: Polygon | MultiPolygon | null | undefined, point: Position | null, margin = 4): Extent | null {
  const positions = boundary ? (boundary.type === 'Polygon' ? boundary.coordinates.flat() : boundary.coordinates.flat(2)) : point ? [point] : []
  if (!positions.length) return null
  const box = extentOfBox(positions)
  return { west: Math.max(-180, box.west - margin), south: Math.max(-85, box.south - margin), east: Math.min(180, box.east + margin), north: Math.min(85, box.north + margin) }
}
