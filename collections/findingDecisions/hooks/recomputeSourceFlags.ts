import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '@/lib/richtext/walk'
import { recomputeSourceFlags } from '@/server/reconcile/sourceFlags'

/** A decision settles (or reopens) a finding: its source's flags are computed again, in the same transaction. */
export const recomputeFlagsOfSource: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (relationId(doc.source) !== null) await recomputeSourceFlags(req, typeof doc.source === 'object' ? doc.source.id : doc.source)
  return doc
}
