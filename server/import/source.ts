import type { Where } from 'payload'

import { SOURCE_IMPORT } from '@/collections/sources/hooks/computedFlags'
import { ImportInputError } from '@/lib/corpus/parse'
import type { ImportPlan } from '@/lib/corpus/transform/types'
import type { Source } from '@/payload-types'
import { knownLanguage } from './names'
import { ID_ONLY, type DocId, type WriteContext } from './types'

type SourceData = Omit<Source, 'createdAt' | 'id' | 'updatedAt'>

/** Sources without a manifest (an editor's upload) are filed as secondary literature until an editor says otherwise. */
const DEFAULT_KIND = 'secondary'

type StoredSource = { id: DocId; title: string; contentHash: null | string }

/**
 * Which stored source a document is (a version of). Never guessed from the
 * title: the source the editor named (`versionOf`), else the one with the
 * manifest's origin URL, else the one holding exactly this text (so importing
 * the same file again changes nothing). Anything else is a new source;
 * `sameTitle` lists the sources it shares its title with, for the summary.
 */
export async function matchSource(
  context: WriteContext,
  plan: ImportPlan,
  versionOf: DocId | null,
): Promise<{ existing: StoredSource | null; sameTitle: StoredSource[] }> {
  const { payload, req, overrideAccess } = context
  const find = async (where: Where, limit = 1) => {
    const { docs } = await payload.find({ collection: 'sources', req, overrideAccess, depth: 0, limit, pagination: false, where, select: { title: true, contentHash: true } })
    return docs.map((doc) => ({ id: doc.id, title: doc.title, contentHash: doc.contentHash ?? null }))
  }
  if (versionOf !== null) {
    // An id of the wrong shape for the database (MongoDB wants an ObjectId) names no source either.
    const [named] = await find({ id: { equals: versionOf } }).catch(() => [])
    if (!named) throw new ImportInputError('unknown-source', `There is no source with id ${String(versionOf)} to import a new version of.`)
    return { existing: named, sameTitle: [] }
  }
  const url = plan.source.origin?.url
  const [existing] = await find(url ? { 'origin.url': { equals: url } } : { contentHash: { equals: plan.source.contentHash } })
  if (existing) return { existing, sameTitle: [] }
  return { existing: null, sameTitle: await sourcesTitled(context, plan.source.title, plan.source.language) }
}

/** Sources with this title in this language (at most ten), most recently changed first. */
export async function sourcesTitled(context: Omit<WriteContext, 'locale'>, title: string, language: string): Promise<StoredSource[]> {
  const { payload, req, overrideAccess } = context
  const { docs } = await payload.find({
    collection: 'sources',
    req,
    overrideAccess,
    depth: 0,
    limit: 10,
    pagination: false,
    sort: '-updatedAt',
    where: { and: [{ title: { equals: title } }, { language: { equals: knownLanguage(language) } }] },
    select: { title: true, contentHash: true },
  })
  return docs.map((doc) => ({ id: doc.id, title: doc.title, contentHash: doc.contentHash ?? null }))
}

/** What the summary says when a document became a new source beside others of its title. */
export const sameTitleNote = (sources: StoredSource[]) =>
  sources.length
    ? `Same title as source ${sources.map((source) => String(source.id)).join(', ')}: imported as a new source. If it is a new version of that source, import it again as one ("New version of" in the import form, --version-of on the command line).`
    : undefined

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
    const created = await payload.create({ collection: 'sources', req, overrideAccess, depth: 0, data: { ...data, public: plan.source.public }, context: { [SOURCE_IMPORT]: true }, select: ID_ONLY })
    return created.id
  }
  await payload.update({ collection: 'sources', id: existingId, req, overrideAccess, depth: 0, data, context: { reimport: true, [SOURCE_IMPORT]: true }, select: ID_ONLY })
  return existingId
}
