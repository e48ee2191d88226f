import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

import type { Extent } from '@/lib/maps/region'
import type { MapFeatureCollection, MapFeatureProperties, Period } from '@/lib/maps/features'
import type { Geometry } from 'geojson'
import type { Place } from '@/payload-types'
import { languageOfName, scriptOf } from '@/lib/corpus/script'
import { knownLanguage } from '@/server/import/names'
import type { DocId } from '@/server/import/types'
import { gazetteerEntry, locationFor } from '@/server/places/locate'
import { inTransaction } from '@/server/transaction'

/** The frontier treaty maps shipped with the project: drafted features, each citing a work of the bibliography. */
export const FRONTIER_MAPS_FILE = path.join(process.cwd(), 'corpus', 'maps.json')

type DraftFeature = { id: string; treaty: string; work: string; properties: Omit<MapFeatureProperties, 'cite'>; geometry: Geometry }
type DraftMap = { slug: string; title: Record<'en' | 'zh', string>; caption: Record<'en' | 'zh', string>; period: Period; extent: Extent; treaties: string[]; places: string[]; publish: boolean }
type FrontierMaps = { works: Record<string, string>; features: DraftFeature[]; maps: DraftMap[] }


/** The citation record a work key names (a part of its title), or an error: a map must not cite a work the bibliography lacks. */
async function workIds(payload: Payload, works: Record<string, string>, req: PayloadRequest): Promise<Map<string, DocId>> {
  const ids = new Map<string, DocId>()
  for (const [key, title] of Object.entries(works)) {
    const { docs } = await payload.find({ collection: 'citations', depth: 0, limit: 1, req, where: { 'title.original': { like: title } }, select: { title: true } })
    if (!docs[0]) throw new Error(`${FRONTIER_MAPS_FILE}: no work in the bibliography has "${title}" in its title (work "${key}")`)
    ids.set(key, docs[0].id)
  }
  return ids
}

/** The place records of the layer's names: found by any name, or created from the gazetteer. */
async function placeIds(payload: Payload, names: string[], req: PayloadRequest): Promise<DocId[]> {
  const ids: DocId[] = []
  for (const name of names) {
    const entry = gazetteerEntry([name])
    if (!entry) throw new Error(`${FRONTIER_MAPS_FILE}: the gazetteer has no place "${name}"`)
    const { docs } = await payload.find({ collection: 'places', depth: 0, limit: 1, req, where: { 'names.name': { in: entry.names } }, select: { name: true } })
    if (docs[0]) {
      ids.push(docs[0].id)
      continue
    }
    const zh = entry.names.find((n) => scriptOf(n) === 'Hans')
    const names = entry.names.map((n) => ({ name: n, language: knownLanguage(languageOfName(n, 'en')), script: scriptOf(n), kind: 'official' as const }))
    const created = await payload.create({ collection: 'places', depth: 0, req, locale: 'en', data: { name: entry.names[0]!, names, ...locationFor([name]) }, select: { name: true } })
    if (zh) await payload.update({ collection: 'places', id: created.id, locale: 'zh', depth: 0, req, data: { name: zh }, select: { name: true } })
    ids.push(created.id)
  }
  return [...new Map(ids.map((id) => [String(id), id])).values()]
}

/**
 * First start: creates the frontier treaty maps of corpus/maps.json (drafts,
 * one per treaty) and the published map that walks through them all, in one
 * transaction, after the corpus import has filled the bibliography. Does
 * nothing when a map with one of their slugs exists.
 */
export async function seedFrontierMaps(payload: Payload, file = FRONTIER_MAPS_FILE): Promise<number> {
  const data = JSON.parse(await readFile(file, 'utf8')) as FrontierMaps
  const existing = await payload.count({ collection: 'maps', where: { slug: { in: data.maps.map((map) => map.slug) } } })
  if (existing.totalDocs > 0) return 0
  return inTransaction(payload, async (req) => {
    const works = await workIds(payload, data.works, req)
    for (const map of data.maps) {
      const features: MapFeatureCollection = {
        type: 'FeatureCollection',
        features: data.features
          .filter((feature) => map.treaties.includes(feature.treaty))
          .map((feature) => ({ type: 'Feature', id: feature.id, geometry: feature.geometry, properties: { ...feature.properties, cite: { citation: works.get(feature.work)! } } })),
      }
      const layer = await placeIds(payload, map.places, req)
      const doc = await payload.create({
        collection: 'maps',
        locale: 'en',
        depth: 0,
        req,
        data: {
          title: map.title.en,
          caption: map.caption.en,
          slug: map.slug,
          period: map.period,
          extent: map.extent,
          features: features as unknown as Record<string, unknown>,
          placeLayers: [{ label: 'Places named by the treaties', places: layer as Place['id'][] }],
          credit: 'Basemap: Natural Earth; modern borders for reference',
          _status: map.publish ? 'published' : 'draft',
        },
        select: { placeLayers: true },
      })
      await payload.update({
        collection: 'maps',
        id: doc.id,
        locale: 'zh',
        depth: 0,
        req,
        data: { title: map.title.zh, caption: map.caption.zh, placeLayers: (doc.placeLayers ?? []).map((row) => ({ id: row.id ?? undefined, label: '条约所及地点', places: layer as Place['id'][] })), _status: map.publish ? 'published' : 'draft' },
        select: { slug: true },
      })
    }
    return data.maps.length
  })
}
