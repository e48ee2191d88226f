import { AuthorityIndex, authorityFrom } from '@/lib/reconcile/authority'
import { namedEntities } from '@/lib/reconcile/namedEntities'
import type { Segment } from '@/lib/reconcile/types'
import type { ImportPlan } from '@/lib/corpus/transform/types'
import type { DocId, WriteContext } from './types'

export type NamedInText = { places: DocId[]; people: DocId[] }

/** Finds, in any text of the document, the places and people the name authority records it naming. */
export type EntityNamer = (segments: readonly Segment[]) => NamedInText

/**
 * The name authority as it stands in the import's transaction (so the records
 * this document itself just added count too), read once, as a namer of the
 * document's texts in its language.
 */
export async function entityNamer(context: WriteContext, plan: ImportPlan): Promise<EntityNamer> {
  const { payload, req, overrideAccess } = context
  const language = plan.source.language === 'zh' ? 'zh' : 'en'
  const read = { req, overrideAccess, depth: 0, pagination: false, select: { names: true } } as const
  const [places, people] = await Promise.all([payload.find({ collection: 'places', ...read }), payload.find({ collection: 'people', ...read })])
  const ids = { place: new Map(places.docs.map((doc) => [String(doc.id), doc.id])), person: new Map(people.docs.map((doc) => [String(doc.id), doc.id])) }
  const index = new AuthorityIndex(authorityFrom({ places: places.docs, people: people.docs }))
  return (segments) => {
    const named = namedEntities(segments, language, index)
    const idsOf = (type: 'person' | 'place') => named.filter((entity) => entity.type === type).flatMap((entity) => ids[type].get(entity.id) ?? [])
    return { places: idsOf('place'), people: idsOf('person') }
  }
}

/**
 * The places and people the document's text names in a form the name
 * authority records (a machine translation has no links, so this is how its
 * draft comes to know Ili or Zuo Zongtang).
 */
export function entitiesNamedInText(namer: EntityNamer, plan: ImportPlan): NamedInText {
  return namer(plan.source.segments.map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind })))
}
