import { scriptOf } from '@/lib/corpus/script'
import type { ImportPlan, PlannedEntity, PlannedName } from '@/lib/corpus/transform/types'
import type { Place } from '@/payload-types'
import { locationFor } from '@/server/places/locate'
import type { EntityNamer } from './namedInText'
import { knownLanguage, lookupForms, nameKey } from './names'
import { ID_ONLY, type Counts, type DocId, type WriteContext } from './types'

type NameRow = NonNullable<Place['names']>[number]
type StoredEntity = { id: DocId; names: NameRow[] }

const nameRow = (name: PlannedName, sourceId: DocId): NameRow => ({
  name: name.name,
  language: knownLanguage(name.language),
  script: name.script,
  kind: name.kind,
  source: sourceId,
})

/** Record ids of the document's places and people, by plan entity key. */
export type EntityIds = { places: Map<string, DocId>; people: Map<string, DocId> }

/**
 * One record per real place or person: a planned entity reuses the record that
 * already carries one of its names (compared with case and traditional/simplified
 * folded) and adds the names the record lacks; otherwise it is created.
 */
async function writeCollection(
  context: WriteContext,
  collection: 'people' | 'places',
  entities: PlannedEntity[],
  sourceId: DocId,
): Promise<{ ids: Map<string, DocId>; counts: Counts }> {
  const { payload, req, overrideAccess, locale } = context
  const ids = new Map<string, DocId>()
  const counts = { new: 0, reused: 0 }
  if (!entities.length) return { ids, counts }
  const found = await payload.find({
    collection,
    req,
    overrideAccess,
    depth: 0,
    pagination: false,
    where: { 'names.name': { in: lookupForms(entities.flatMap((entity) => entity.names.map((name) => name.name))) } },
    select: { names: true },
  })
  const byName = new Map<string, StoredEntity>()
  const remember = (record: StoredEntity) => {
    for (const row of record.names) byName.set(nameKey(row.name), record)
  }
  for (const doc of found.docs) remember({ id: doc.id, names: doc.names ?? [] })

  const grown = new Set<StoredEntity>()
  for (const entity of entities) {
    const record = entity.names.map((name) => byName.get(nameKey(name.name))).find((match) => match !== undefined)
    if (record) {
      const added = entity.names.filter((name) => !record.names.some((row) => row.name === name.name))
      if (added.length) {
        record.names.push(...added.map((name) => nameRow(name, sourceId)))
        grown.add(record)
      }
      ids.set(entity.key, record.id)
      counts.reused++
      continue
    }
    const names = entity.names.map((name) => nameRow(name, sourceId))
    const primary = entity.names.find((name) => name.language === locale) ?? entity.names[0]
    // A new place gets the gazetteer's coordinates, or is flagged "not located" for an editor to place.
    const location = collection === 'places' ? locationFor(entity.names.map((name) => name.name)) : {}
    const created = await payload.create({ collection, req, overrideAccess, depth: 0, locale, data: { name: primary?.name ?? entity.key, names, ...location }, select: ID_ONLY })
    const stored = { id: created.id, names }
    remember(stored)
    ids.set(entity.key, created.id)
    counts.new++
  }
  for (const record of grown) {
    await payload.update({ collection, id: record.id, req, overrideAccess, depth: 0, data: { names: record.names }, select: ID_ONLY })
  }
  return { ids, counts }
}

export async function writeEntities(context: WriteContext, entities: PlannedEntity[], sourceId: DocId): Promise<{ ids: EntityIds; counts: Counts }> {
  const places = await writeCollection(context, 'places', entities.filter((entity) => entity.kind === 'place'), sourceId)
  const people = await writeCollection(context, 'people', entities.filter((entity) => entity.kind === 'person'), sourceId)
  return {
    ids: { places: places.ids, people: people.ids },
    counts: { new: places.counts.new + people.counts.new, reused: places.counts.reused + people.counts.reused },
  }
}

/** Events from dated headings: an event already recorded under the same name and start date is reused. */
export async function writeEvents(context: WriteContext, plan: ImportPlan, sourceId: DocId): Promise<{ ids: DocId[]; counts: Counts }> {
  const { payload, req, overrideAccess, locale } = context
  const counts = { new: 0, reused: 0 }
  if (!plan.events.length) return { ids: [], counts }
  const found = await payload.find({
    collection: 'events',
    req,
    overrideAccess,
    depth: 0,
    pagination: false,
    where: { 'names.name': { in: lookupForms(plan.events.map((event) => event.name)) } },
    select: { names: true, start: true },
  })
  const identity = (name: string, startDate: null | string | undefined) => `${nameKey(name)}|${startDate ?? ''}`
  const known = new Map<string, DocId>()
  for (const doc of found.docs) for (const row of doc.names ?? []) known.set(identity(row.name, doc.start?.date), doc.id)

  const nameKind = plan.source.machineTranslated ? 'machine-translation' : 'official'
  return reuseOrCreate(plan.events, (event) => identity(event.name, event.start.date), known, async (event) => {
    const created = await payload.create({
      collection: 'events',
      req,
      overrideAccess,
      depth: 0,
      locale,
      data: {
        name: event.name,
        names: [nameRow({ name: event.name, language: plan.source.language, script: scriptOf(event.name), kind: nameKind }, sourceId)],
        start: event.start,
        end: event.end,
        sources: [sourceId],
      },
      select: ID_ONLY,
    })
    return created.id
  })
}

/** The name of the place layer a map from a caption starts with, in the document's language (the other falls back to it). */
const CAPTION_PLACES_LAYER = { en: 'Places named in the caption', zh: '图注所提地点' } as const

/**
 * Maps from map captions, without their image yet; a map already recorded for the same original file
 * (or, lacking one, title) is reused. A new map starts with the places its caption names (as the name
 * authority records them, `namer`) on a layer, so the editor opens on them, located from the gazetteer.
 */
export async function writeMaps(context: WriteContext, plan: ImportPlan, sourceId: DocId, namer: EntityNamer): Promise<{ ids: DocId[]; counts: Counts }> {
  const { payload, req, overrideAccess, locale } = context
  const counts = { new: 0, reused: 0 }
  if (!plan.maps.length) return { ids: [], counts }
  const fileNames = plan.maps.flatMap((map) => (map.originalFileName ? [map.originalFileName] : []))
  const titles = plan.maps.filter((map) => !map.originalFileName).map((map) => map.title)
  const found = await payload.find({
    collection: 'maps',
    req,
    overrideAccess,
    depth: 0,
    locale,
    pagination: false,
    where: { or: [{ originalFileName: { in: fileNames } }, { title: { in: titles } }] },
    select: { originalFileName: true, title: true },
  })
  const identity = (originalFileName: null | string | undefined, title: null | string | undefined) => (originalFileName ? `file:${originalFileName}` : `title:${title ?? ''}`)
  const known = new Map<string, DocId>(found.docs.map((doc) => [identity(doc.originalFileName, doc.title), doc.id]))

  const layerLabel = CAPTION_PLACES_LAYER[plan.source.language === 'zh' ? 'zh' : 'en']
  return reuseOrCreate(plan.maps, (map) => identity(map.originalFileName, map.title), known, async (map) => {
    const named = namer([{ id: map.segmentId, text: map.caption, kind: 'caption' }]).places
    const created = await payload.create({
      collection: 'maps',
      req,
      overrideAccess,
      depth: 0,
      locale,
      data: {
        title: map.title,
        caption: map.caption,
        credit: plan.source.origin?.attribution ?? null,
        imageStatus: map.imageStatus,
        originalFileName: map.originalFileName,
        placeLayers: named.length ? [{ label: layerLabel, places: named }] : [],
        sources: [sourceId],
        _status: 'draft',
      },
      select: ID_ONLY,
    })
    return created.id
  })
}

/** For each planned item: the record already known under its identity, else a new one (then known too); counts both. */
async function reuseOrCreate<T>(items: T[], identityOf: (item: T) => string, known: Map<string, DocId>, create: (item: T) => Promise<DocId>): Promise<{ ids: DocId[]; counts: Counts }> {
  const ids: DocId[] = []
  const counts = { new: 0, reused: 0 }
  for (const item of items) {
    const key = identityOf(item)
    const existing = known.get(key)
    if (existing !== undefined) {
      if (!ids.includes(existing)) ids.push(existing)
      counts.reused++
      continue
    }
    const id = await create(item)
    known.set(key, id)
    ids.push(id)
    counts.new++
  }
  return { ids, counts }
}
