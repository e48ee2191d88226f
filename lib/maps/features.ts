/**
 * A map's features: a GeoJSON FeatureCollection whose properties say what each
 * feature is (kind), what it is called, when it held (from/to years) and which
 * work it rests on (a citation id and locator), as editors store it in the
 * maps collection's `features` field.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson'

export const FEATURE_KINDS = ['border', 'ceded', 'disputed', 'route', 'campaign', 'fort', 'battle'] as const
export type FeatureKind = (typeof FEATURE_KINDS)[number]

export type Localized = { en?: null | string; zh?: null | string }

export type FeatureCite = { citation: string | number; locator?: null | string; locatorType?: null | 'chapter' | 'page' | 'section' }

export type MapFeatureProperties = {
  kind: FeatureKind
  name: Localized
  note?: Localized
  from?: null | number
  to?: null | number
  cite?: FeatureCite | null
}

export type MapFeature = Feature<Geometry, MapFeatureProperties>
export type MapFeatureCollection = FeatureCollection<Geometry, MapFeatureProperties>

/** A map's period as the maps collection stores it (fields/historicalDate yearRangeField). */
export type Period = { startYear?: null | number; endYear?: null | number }

/** A feature's name in the locale, else the other, else its place in the collection ("feature 3"). */
export function featureName(properties: Partial<MapFeatureProperties> | null | undefined, index: number, locale: 'en' | 'zh' = 'en'): string {
  const name = properties?.name
  const other = locale === 'en' ? 'zh' : 'en'
  return name?.[locale]?.trim() || name?.[other]?.trim() || (locale === 'zh' ? `要素 ${index + 1}` : `feature ${index + 1}`)
}

/** Whether a feature holds in a year: from and to are inclusive, a missing end is open. */
export function holdsIn(properties: Pick<MapFeatureProperties, 'from' | 'to'>, year: number): boolean {
  return (properties.from == null || properties.from <= year) && (properties.to == null || year <= properties.to)
}

/** The features that hold in a year, in their order. */
export function featuresIn(collection: MapFeatureCollection, year: number): MapFeature[] {
  return collection.features.filter((feature) => holdsIn(feature.properties, year))
}

/** The years at which something on the map appears or disappears, within its period: the slider's stops. */
export function changeYears(collection: MapFeatureCollection, period: Period): number[] {
  const years = new Set<number>()
  for (const { properties } of collection.features) {
    if (properties.from != null) years.add(properties.from)
    if (properties.to != null) years.add(properties.to + 1)
  }
  if (period.startYear != null) years.add(period.startYear)
  return [...years].filter((year) => (period.startYear == null || year >= period.startYear) && (period.endYear == null || year <= period.endYear)).sort((a, b) => a - b)
}
