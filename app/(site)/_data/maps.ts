import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cache } from 'react'

import { basemapLayers, type Basemap, type BasemapTopology } from '@/lib/maps/basemap'
import type { MapFeatureCollection } from '@/lib/maps/features'
import { BASEMAP_REGION, type Extent } from '@/lib/maps/region'
import { mapOverlays, type MapOverlay, type OverlayRecord } from '@/lib/maps/overlays'
import type { MapPlace } from '@/lib/maps/svg'
import type { Locale } from '@/lib/i18n/locales'
import { displayName } from '@/lib/displayName'
import type { Citation, Map as MapRecord, Place } from '@/payload-types'
import { asPublic, sitePayload } from './payload'

let basemap: Basemap | undefined
/** The shipped basemap, read once per server. */
export function siteBasemap(): Basemap {
  basemap ??= basemapLayers(JSON.parse(readFileSync(path.join(process.cwd(), 'geo', 'basemap.topo.json'), 'utf8')) as BasemapTopology)
  return basemap
}

export const listMaps = cache(async (locale: Locale) => {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'maps', locale, pagination: false, depth: 0, sort: 'period.startYear', ...asPublic })
  return docs
})

export const mapBySlug = cache(async (slug: string, locale: Locale) => {
  const payload = await sitePayload()
  return (await payload.find({ collection: 'maps', locale, where: { slug: { equals: slug } }, limit: 1, depth: 1, ...asPublic })).docs[0] ?? null
})

export const mapFeatures = (map: MapRecord): MapFeatureCollection =>
  (map.features as MapFeatureCollection | null | undefined) ?? { type: 'FeatureCollection', features: [] }

/** The map's extent, the whole region when it has none. */
export function mapExtent(map: MapRecord): Extent {
  const { west, south, east, north } = map.extent ?? {}
  return west != null && south != null && east != null && north != null ? { west, south, east, north } : BASEMAP_REGION
}

/** The map's drawable historical image overlays (lib/maps/overlays.ts reads the shape agreed with the admin editor). */
export const mapOverlaysOf = (map: MapRecord): MapOverlay[] => mapOverlays(map.overlays as OverlayRecord[] | null | undefined)

/** The located places of the map's place layers, named for the locale. */
export function mapPlaces(map: MapRecord, locale: Locale): MapPlace[] {
  const places = (map.placeLayers ?? []).flatMap((layer) => (layer.places ?? []).filter((place): place is Place => typeof place === 'object'))
  return places.flatMap((place) => {
    const { latitude, longitude, precision } = place.coordinates ?? {}
    if (latitude == null || longitude == null || !precision || precision === 'not-located') return []
    return [{ name: displayName(place, locale), latitude, longitude, precision }]
  })
}

/** The works the map's features and overlays cite, by id. */
export async function mapWorks(map: MapRecord): Promise<Map<string, Citation>> {
  const cites = [...mapFeatures(map).features.map((feature) => feature.properties.cite), ...mapOverlaysOf(map).map((overlay) => overlay.cite)]
  const ids = [...new Set(cites.flatMap((cite) => (cite?.citation != null ? [cite.citation] : [])))]
  if (!ids.length) return new Map()
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'citations', where: { id: { in: ids } }, pagination: false, depth: 0, ...asPublic })
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

/** Published maps that show a place or cite a source the article draws on: the article's related maps. */
export async function mapsRelatedTo({ places, sources }: { places: (number | string)[]; sources: (number | string)[] }, locale: Locale) {
  if (!places.length && !sources.length) return []
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'maps',
    locale,
    depth: 1,
    limit: 2,
    where: { or: [{ 'placeLayers.places': { in: places } }, { sources: { in: sources } }] },
    ...asPublic,
  })
  return docs
}
