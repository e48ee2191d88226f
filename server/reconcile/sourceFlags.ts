import type { PayloadRequest } from 'payload'

import { checkText } from '@/lib/reconcile/check'
import { computeFlags } from '@/lib/reconcile/flags'
import { isLanguage, type Finding, type Segment } from '@/lib/reconcile/types'
import type { Source } from '@/payload-types'
import { decisionsOn } from './decisions'
import { readAuthority } from './sourceText'

/** Marks the one write allowed to set a source's flags (collections/sources/hooks/computedFlags). */
export const FLAGS_COMPUTED = 'flagsComputed'

/**
 * Computes a source's editorial flags again from its current text, the name
 * authority and the decisions taken on its findings, and stores them. Runs
 * after an import and after a decision on one of its findings is written.
 */
export async function recomputeSourceFlags(req: PayloadRequest, sourceId: unknown): Promise<void> {
  const source = await req.payload.findByID({ collection: 'sources', id: sourceId as never, req, overrideAccess: true, depth: 0, disableErrors: true, select: { language: true, segments: true, flags: true } })
  if (!source) return
  const segments: Segment[] = (source.segments ?? []).map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind }))
  const readable = isLanguage(source.language) && segments.some((segment) => /[\p{L}\p{N}]/u.test(segment.text))
  const [findings, decisions]: [Finding[], Awaited<ReturnType<typeof decisionsOn>>] = await Promise.all([
    readable ? readAuthority(req.payload, { overrideAccess: true, req }).then((authority) => checkText({ segments, language: source.language, authority })) : Promise.resolve([]),
    decisionsOn(req, { source: source.id }),
  ])
  const flags = computeFlags({ importerFlags: source.flags ?? [], segments, findings, decisions })
  await req.payload.update({ collection: 'sources', id: source.id, req, overrideAccess: true, depth: 0, data: { flags: flags as NonNullable<Source['flags']> }, context: { [FLAGS_COMPUTED]: true }, select: { updatedAt: true } })
}
