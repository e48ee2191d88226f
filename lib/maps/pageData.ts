/** What a map page's script draws, as app/maps-assets/maps/[slug]/[locale] sends it: the map's data for MapLibre. */
import type { Feature, FeatureCollection, Point } from 'geojson'

import type { MapFeatureCollection, Period } from './features'
import type { MapOverlay } from './overlays'
import type { Extent } from './region'
import type { MapPlace } from './svg'

export type MapPageData = {
  extent: Extent
  period: Period
  features: MapFeatureCollection
  places: MapPlace[]
  overlays: MapOverlay[]
}

/** The places as GeoJSON points for the places layer (their labels are HTML markers). */
export function placesGeoJSON(places: readonly MapPlace[]): FeatureCollection<Point, { name: string; precision: MapPlace['precision'] }> {
  return {
    type: 'FeatureCollection',
    features: places.map((place): Feature<Point, { name: string; precision: MapPlace['precision'] }> => ({
      type: 'Feature',
      properties: { name: place.name, precision: place.precision },
      geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
    })),
  }
}

/** The slider's range: the map's period, else the years its features name, else none. */
export function sliderRange(period: Period, features: MapFeatureCollection): { min: number; max: number } | null {
  const years = features.features.flatMap(({ properties }) => [properties.from, properties.to]).filter((year): year is number => year != null)
  const min = period.startYear ?? (years.length ? Math.min(...years) : null)
  const max = period.endYear ?? (years.length ? Math.max(...years) : null)
  return min != null && max != null && max > min ? { min, max } : null
}
