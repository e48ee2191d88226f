import type { Payload } from 'payload'

import { MAX_DOCUMENT_BYTES } from '../../lib/corpus/files'
import { parseFile } from '../../lib/corpus/parse'
import { planImport } from '../../lib/corpus/transform/plan'
import type { ImportPlan } from '../../lib/corpus/transform/types'
import { inTransaction } from '../transaction'
import { writeArticle } from './article'
import { writeCitations } from './citations'
import { writeEntities, writeEvents, writeMaps } from './entities'
import { findSource, writeSource } from './source'
import { countOf, ID_ONLY, type ImportInput, type ImportOptions, type ImportSummary, type DocId, type WriteContext } from './types'

/** The largest document an import accepts. */
export { MAX_DOCUMENT_BYTES }

const flagCounts = (plan: ImportPlan) => {
  const counts: Record<string, number> = {}
  for (const flag of plan.source.flags) counts[flag.kind] = (counts[flag.kind] ?? 0) + 1
  return counts
}

/**
 * Imports one document: parse, plan, then write the source, the works it
 * cites, its places, people, events and maps, and a draft article, all in one
 * transaction (a failure anywhere leaves nothing behind). Importing the same
 * file again writes nothing; a changed file becomes a new version of its source.
 * Bad input throws an ImportInputError before anything is written.
 */
export async function importDocument(payload: Payload, input: ImportInput, options: ImportOptions = {}): Promise<ImportSummary> {
  const manifest = input.manifest
  const { rawText, tree } = parseFile(input.bytes, input.fileName, { maxBytes: MAX_DOCUMENT_BYTES, language: manifest?.language ?? input.language })
  const plan = planImport(tree, rawText, manifest ?? { language: input.language })
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

      const existing = await findSource(context, plan)
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
      const sourceId = await writeSource(context, plan, existing?.id ?? null)
      const entities = await writeEntities(context, plan.entities, sourceId)
      const events = await writeEvents(context, plan, sourceId)
      const maps = await writeMaps(context, plan, sourceId)
      const article = await writeArticle(
        context,
        plan,
        { citations: citations.ids, entities: entities.ids, events: events.ids, maps: maps.ids, sourceId },
        Boolean(options.publish),
      )
      return {
        ...summary(existing ? 'updated' : 'created', sourceId, article.id),
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
