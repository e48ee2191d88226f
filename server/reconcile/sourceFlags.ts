import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { computeFlags, openFlagSummary } from '@/lib/reconcile/flags'
import { isLanguage, type Finding, type Segment } from '@/lib/reconcile/types'
import { decisionsOn } from './decisions'
import { findingsOn } from './authorityIndex'

/**
 * Computes a source's editorial flags again from its current text, the name
 * authority (its findings kept per text and authority: ./authorityIndex) and the decisions taken on its findings, and stores them. Runs
 * after an import and after a decision on one of its findings is written.
 * Written through the database adapter, not as an update: flags are derived
 * from the source, not a revision of it, and a version per decision would
 * crowd the imports out of the source's version history.
 */
export async function recomputeSourceFlags(req: PayloadRequest, sourceId: unknown): Promise<void> {
  const source = await req.payload.findByID({ collection: 'sources', id: sourceId as never, req, overrideAccess: true, depth: 0, disableErrors: true })
  if (!source) return
  const segments: Segment[] = (source.segments ?? []).map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind }))
  const readable = isLanguage(source.language) && segments.some((segment) => /[\p{L}\p{N}]/u.test(segment.text))
  const [findings, decisions]: [Finding[], Awaited<ReturnType<typeof decisionsOn>>] = await Promise.all([
    readable ? findingsOn(req.payload, { segments, language: source.language }, req) : Promise.resolve([]),
    decisionsOn(req, { source: source.id }),
  ])
  const flags = computeFlags({ importerFlags: source.flags ?? [], segments, findings, decisions })
  // Below Payload's hooks the adapter writes the whole row (SQLite upserts it) and array rows need ids of their own.
  const rows = flags.map((flag) => ({ ...flag, id: randomUUID() }))
  const { id, createdAt: _createdAt, ...fields } = source
  await req.payload.db.updateOne({ collection: 'sources', id, req, returning: false, data: { ...fields, flags: rows, ...openFlagSummary(rows) } })
}
