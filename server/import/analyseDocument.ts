import { createLocalReq, type Payload } from 'payload'

import type { Detected } from '@/lib/corpus/pipeline'
import { planJob } from './importDocument'
import { sourcesTitled } from './source'
import type { DocId, ImportInput, RecordId } from './types'
import { planInWorker } from './worker/pool'
import type { User } from '@/payload-types'

type SourceChoice = { id: RecordId; title: string }

/** What the admin shows before an import writes anything: the detected facts, and the sources the editor may be updating. */
export type ImportAnalysis = Detected & {
  segments: number
  citations: number
  entities: number
  /** The source already holding exactly this text: importing it would change nothing. */
  identicalTo: SourceChoice | null
  /** Sources with the detected title in the detected language: candidates for "new version of". */
  sameTitle: SourceChoice[]
}

/** Parses and plans a document (on the worker thread) and looks up what it might be a version of, writing nothing. */
export async function analyseDocument(payload: Payload, input: ImportInput, user: User): Promise<ImportAnalysis> {
  const { plan, detected } = await planInWorker(planJob(input))
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  const context = { payload, req, overrideAccess: false }
  const { docs } = await payload.find({ collection: 'sources', req, overrideAccess: false, depth: 0, limit: 1, pagination: false, where: { contentHash: { equals: plan.source.contentHash } }, select: { title: true } })
  const choice = (source: { id: DocId; title: string }): SourceChoice => ({ id: source.id, title: source.title })
  return {
    ...detected,
    segments: plan.source.segments.length,
    citations: plan.citations.length,
    entities: plan.entities.length,
    identicalTo: docs[0] ? choice(docs[0]) : null,
    sameTitle: (await sourcesTitled(context, detected.title, plan.source.language)).map(choice),
  }
}
