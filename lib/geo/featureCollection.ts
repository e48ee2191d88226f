import { GeoJSONFeatureCollectionSchema } from 'zod-geojson'

/** Validates a GeoJSON FeatureCollection (RFC 7946); returns a reader's message for the first problem. */
export function checkFeatureCollection(value: unknown): true | string {
  if (value === null || value === undefined) return true
  const result = GeoJSONFeatureCollectionSchema.safeParse(value)
  if (result.success) return true
  const issue = result.error.issues[0]
  return `Not a valid GeoJSON FeatureCollection: ${issue?.message ?? 'unknown problem'}${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}.`
}
