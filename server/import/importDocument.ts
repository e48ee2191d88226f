import type { Payload } from 'payload'

import { MAX_DOCUMENT_BYTES } from '@/lib/corpus/files'
import type { PlanJob } from '@/lib/corpus/pipeline'
import type { ImportPlan } from '@/lib/corpus/transform/types'
import { recomputeSourceFlags } from '@/server/reconcile/sourceFlags'
import { inTransaction } from '@/server/transaction'
import { writeArticle } from './article'
import { writeCitations } from './citations'
import { writeEntities, writeEvents, writeMaps } from './entities'
import { entitiesNamedInText, entityNamer } from './namedInText'
import { matchSource, sameTitleNote, writeSource } from './source'
import { countOf, ID_ONLY, type ImportInput, type ImportOptions, type ImportSummary, type DocId, type WriteContext } from './types'
import { planInWorker } from './worker/pool'

/** A short note the document left unresolved but the database resolved is no longer flagged. */
function withoutFoundShortNotes(plan: ImportPlan, found: Set<string>): ImportPlan {
  const foundMarkers = new Set(plan.citations.filter((citation) => found.has(citation.key)).flatMap((citation) => citation.noteNumbers.map((number) => `[${number}]`)))
  const flags = plan.source.flags.filter((flag) => flag.kind !== 'short-note-unresolved' || !flag.marker || !foundMarkers.has(flag.marker))
  return { ...plan, source: { ...plan.source, flags } }
}

/** The largest document an import accepts. */
export { MAX_DOCUMENT_BYTES }

/** The parse job of an input: the manifest's facts, with the editor's title when one was given. */
export function planJob(input: ImportInput): PlanJob {
  const title = input.title?.trim() || undefined
  const { manifest } = input
  const plan = manifest ? { ...manifest, title: title ?? manifest.title } : { language: input.language, title }
  return { bytes: input.bytes, fileName: input.fileName, language: manifest?.language ?? input.language, plan }
}

const flagCounts = (plan: ImportPlan) => {
  const counts: Record<string, number> = {}
  for (const flag of plan.source.flags) counts[flag.kind] = (counts[flag.kind] ?? 0) + 1
  return counts
}

/**
 * Imports one document: parse, plan, then write the source, the works it
 * cites, its places, people, events and maps, and a draft article, all in one
 * transaction (a failure anywhere leaves nothing behind). Parsing runs on a
 * worker thread. Importing the same file again writes nothing; a changed file
 * becomes a new version of the source it names (`versionOf`, or the manifest's
 * origin URL), and any other document a new source.
 * Bad input throws an ImportInputError before anything is written.
 */
export async function importDocument(payload: Payload, input: ImportInput, options: ImportOptions = {}): Promise<ImportSummary> {
  const { plan } = await planInWorker(planJob(input))
  const locale = plan.article.locale === 'zh' ? 'zh' : 'en'
  const user = options.user ? { ...options.user, collection: 'users' as const } : undefined

  return inTransaction(
    payload,
    async (req) => {
      const context: WriteContext = { payload, req, overrideAccess: !user, locale }
      const summary = (status: ImportSummary['status'], sourceId: DocId, articleId: DocId | null) => ({
        status,
        fileName: input.fileName,
        title: plan.source.title,
        language: plan.source.language,
        sourceId,
        articleId,
        segments: plan.source.segments.length,
        flags: flagCounts(plan),
      })

      const { existing, sameTitle } = await matchSource(context, plan, (options.versionOf ?? null) as DocId | null)
      if (existing?.contentHash === plan.source.contentHash) {
        const { docs } = await payload.find({ collection: 'articles', req, overrideAccess: context.overrideAccess, depth: 0, limit: 1, pagination: false, where: { sources: { in: [existing.id] } }, select: ID_ONLY })
        return {
          ...summary('unchanged', existing.id, docs[0]?.id ?? null),
          citations: countOf(0, plan.citations.length),
          entities: countOf(0, plan.entities.length),
          events: countOf(0, plan.events.length),
          maps: countOf(0, plan.maps.length),
        }
      }

      const citations = await writeCitations(context, plan.citations)
      const written = withoutFoundShortNotes(plan, citations.shortNotesFound)
      const sourceId = await writeSource(context, written, existing?.id ?? null)
      const sourceNote = sameTitleNote(sameTitle)
      const entities = await writeEntities(context, plan.entities, sourceId)
      const namer = await entityNamer(context, plan)
      const namedInText = entitiesNamedInText(namer, plan)
      const events = await writeEvents(context, plan, sourceId)
      const maps = await writeMaps(context, plan, sourceId, namer)
      const article = await writeArticle(
        context,
        plan,
        { citations: citations.ids, entities: entities.ids, namedInText, events: events.ids, maps: maps.ids, sourceId },
        Boolean(options.publish),
      )
      // The checks read the names the document itself brought into the authority.
      await recomputeSourceFlags(req, sourceId)
      return {
        ...summary(existing ? 'updated' : 'created', sourceId, article.id),
        flags: flagCounts(written),
        ...(sourceNote ? { sourceNote } : {}),
        ...(article.note ? { articleNote: article.note } : {}),
        citations: citations.counts,
        entities: entities.counts,
        events: events.counts,
        maps: maps.counts,
      }
    },
    user ? { user } : undefined,
  )
}
