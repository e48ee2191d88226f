import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { gazetteerLookup, type Gazetteer, type GazetteerEntry } from '@/lib/maps/gazetteer'
import type { Place } from '@/payload-types'
import { nameKey } from '@/server/import/names'
import { inTransaction } from '@/server/transaction'

/** The gazetteer shipped with the project. */
export const GAZETTEER_FILE = path.join(process.cwd(), 'geo', 'places.json')

let lookup: ((names: readonly string[]) => GazetteerEntry | undefined) | undefined

/** The shipped gazetteer's entry for a place known by these names, if it has one. */
export function gazetteerEntry(names: readonly string[]): GazetteerEntry | undefined {
  lookup ??= gazetteerLookup(JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as Gazetteer, nameKey)
  return lookup(names)
}

type PlaceLocation = Pick<Place, 'coordinates' | 'boundary'>

/** The location fields of a place with these names: the gazetteer's coordinates, or flagged "not located". */
export function locationFor(names: readonly string[]): PlaceLocation {
  const entry = gazetteerEntry(names)
  if (!entry) return { coordinates: { latitude: null, longitude: null, precision: 'not-located', source: null } }
  return {
    coordinates: { latitude: entry.latitude, longitude: entry.longitude, precision: entry.precision, source: entry.source },
    ...(entry.boundary ? { boundary: entry.boundary as unknown as Place['boundary'] } : {}),
  }
}

/**
 * Every place that has no location yet (no precision, as before the gazetteer
 * existed) gets the gazetteer's coordinates or the "not located" flag; a place
 * an editor has located (coordinates without precision) keeps them and is
 * marked approximate. Runs at every start, in one transaction; returns how
 * many places it located and flagged.
 */
export async function locatePlaces(payload: Payload): Promise<{ located: number; notLocated: number }> {
  const unlocated = await payload.find({
    collection: 'places',
    depth: 0,
    pagination: false,
    where: { 'coordinates.precision': { exists: false } },
    select: { names: true, name: true, coordinates: true },
  })
  if (!unlocated.docs.length) return { located: 0, notLocated: 0 }
  return inTransaction(payload, async (req) => {
    const counts = { located: 0, notLocated: 0 }
    for (const place of unlocated.docs) {
      const { latitude, longitude } = place.coordinates ?? {}
      const names = [...(place.names ?? []).map((row) => row.name), ...(place.name ? [place.name] : [])]
      const data: PlaceLocation =
        latitude != null && longitude != null && !gazetteerEntry(names)
          ? { coordinates: { latitude, longitude, precision: 'approximate', source: 'Entered by an editor' } }
          : locationFor(names)
      await payload.update({ collection: 'places', id: place.id, data, depth: 0, req, select: { name: true } })
      if (data.coordinates?.precision === 'not-located') counts.notLocated++
      else counts.located++
    }
    return counts
  })
}
