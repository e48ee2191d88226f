import { GeoJSONMultiPolygonSchema, GeoJSONPolygonSchema } from 'zod-geojson'

import { checkMapFeatures } from './validate'

/** A region's outline: a GeoJSON Polygon or MultiPolygon, in range and not crossing itself. */
export function checkBoundary(value: unknown): true | string {
  if (value === null || value === undefined) return true
  if (!GeoJSONPolygonSchema.safeParse(value).success && !GeoJSONMultiPolygonSchema.safeParse(value).success) return 'The outline must be a GeoJSON Polygon or MultiPolygon geometry.'
  const asFeature = checkMapFeatures({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'disputed', name: { en: 'outline' } }, geometry: value }] })
  return asFeature === true ? true : asFeature.replace('Feature "outline"', 'The outline')
}
