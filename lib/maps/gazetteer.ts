/**
 * The project's gazetteer (geo/places.json): coordinates for the places of the
 * corpus and the name authority, each with how precise it is and where it comes
 * from, and for a region optionally its outline. A place is looked up by any
 * of its names, compared as the caller's key folds them (case, traditional and
 * simplified characters).
 */
import type { MultiPolygon, Polygon } from 'geojson'

export const LOCATION_PRECISIONS = ['exact', 'approximate', 'region'] as const
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number]

export type GazetteerEntry = {
  names: string[]
  latitude: number
  longitude: number
  precision: LocationPrecision
  source: string
  boundary?: Polygon | MultiPolygon
}

export type Gazetteer = { about: string; places: GazetteerEntry[] }

/** A lookup by name: the entry one of the given names belongs to (the first name that matches wins). */
export function gazetteerLookup(gazetteer: Gazetteer, key: (name: string) => string): (names: readonly string[]) => GazetteerEntry | undefined {
  const byName = new Map<string, GazetteerEntry>()
  for (const entry of gazetteer.places) {
    for (const name of entry.names) {
      const folded = key(name)
      const other = byName.get(folded)
      if (other && other !== entry) throw new Error(`Gazetteer: the name "${name}" is given to two places (${other.names[0]}, ${entry.names[0]})`)
      byName.set(folded, entry)
    }
  }
  return (names) => {
    for (const name of names) {
      const entry = byName.get(key(name))
      if (entry) return entry
    }
    return undefined
  }
}

/** Problems of a gazetteer file, for its test: coordinates in range, a known precision, a source, names. */
export function gazetteerProblems(gazetteer: Gazetteer): string[] {
  const problems: string[] = []
  for (const entry of gazetteer.places) {
    const label = entry.names[0] ?? '(no name)'
    if (!entry.names.length) problems.push(`${label}: no names`)
    if (!(entry.latitude >= -90 && entry.latitude <= 90 && entry.longitude >= -180 && entry.longitude <= 180)) problems.push(`${label}: coordinates out of range`)
    if (!LOCATION_PRECISIONS.includes(entry.precision)) problems.push(`${label}: unknown precision ${String(entry.precision)}`)
    if (!entry.source?.trim()) problems.push(`${label}: no source`)
    if (entry.boundary && entry.precision !== 'region') problems.push(`${label}: only a region carries a boundary`)
  }
  return problems
}
