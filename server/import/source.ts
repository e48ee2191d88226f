import type { Where } from 'payload'

import type { ImportPlan } from '../../lib/corpus/transform/types'
import type { Source } from '../../payload-types'
import { knownLanguage } from './names'
import { ID_ONLY, type DocId, type WriteContext } from './types'

type SourceData = Omit<Source, 'createdAt' | 'id' | 'updatedAt'>

/** Sources without a manifest (an editor's upload) are filed as secondary literature until an editor says otherwise. */
const DEFAULT_KIND = 'secondary'

/**
 * What makes two imports "the same document": the origin URL when the manifest
 * gives one, otherwise the title in the document's language. The content hash
 * then tells an unchanged file from a changed one.
 */
export function sourceIdentity(plan: ImportPlan): Where {
  const url = plan.source.origin?.url
  if (url) return { 'origin.url': { equals: url } }
  return { and: [{ title: { equals: plan.source.title } }, { language: { equals: knownLanguage(plan.source.language) } }] }
}

export async function findSource(context: WriteContext, plan: ImportPlan): Promise<{ id: DocId; contentHash: null | string } | null> {
  const { payload, req, overrideAccess } = context
  const { docs } = await payload.find({
    collection: 'sources',
    req,
    overrideAccess,
    depth: 0,
    limit: 1,
    pagination: false,
    where: sourceIdentity(plan),
    select: { contentHash: true },
  })
  const doc = docs[0]
  return doc ? { id: doc.id, contentHash: doc.contentHash ?? null } : null
}

/** Everything the document determines; `public` is the editors' once the source exists. */
function sourceData({ source }: ImportPlan): Omit<SourceData, 'public'> {
  return {
    title: source.title,
    language: knownLanguage(source.language),
    kind: (source.kind ?? DEFAULT_KIND) as SourceData['kind'],
    machineTranslated: source.machineTranslated,
    translatedFrom: source.translatedFrom ? knownLanguage(source.translatedFrom) : null,
    origin: source.origin ?? {},
    rawText: source.rawText,
    segments: source.segments,
    figures: source.figures.map(({ caption, fileName }) => ({ caption, fileName })),
    flags: source.flags.map(({ kind, segmentId, marker, message }) => ({ kind, segmentId, marker, message })),
  }
}

/** Creates the source, or writes the changed document over it as a new version (the only write allowed to replace its raw text). */
export async function writeSource(context: WriteContext, plan: ImportPlan, existingId: null | DocId): Promise<DocId> {
  const { payload, req, overrideAccess } = context
  const data = sourceData(plan)
  if (existingId === null) {
    const created = await payload.create({ collection: 'sources', req, overrideAccess, depth: 0, data: { ...data, public: plan.source.public }, select: ID_ONLY })
    return created.id
  }
  await payload.update({ collection: 'sources', id: existingId, req, overrideAccess, depth: 0, data, context: { reimport: true }, select: ID_ONLY })
  return existingId
}
