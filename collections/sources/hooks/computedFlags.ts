import type { CollectionBeforeChangeHook } from 'payload'

import { computeFlags, openFlagSummary, type ImporterFlag } from '@/lib/reconcile/flags'

/** Marks the import's own writes of a source, whose flags are what the import found. */
export const SOURCE_IMPORT = 'sourceImport'

type SegmentRow = { segmentId: string; text: string }

/**
 * Editorial flags are computed, never typed: an import brings the importer's
 * flags (given their passages here), and server/reconcile/sourceFlags then
 * adds the checks' findings; any other write keeps the flags the source has.
 * The open count and kinds are derived from them, for lists to filter by.
 */
export const keepFlagsComputed: CollectionBeforeChangeHook = ({ context, data, originalDoc }) => {
  const given = (data.flags ?? []) as (ImporterFlag & { resolved?: boolean | null })[]
  const segments = ((data.segments ?? originalDoc?.segments ?? []) as SegmentRow[]).map((segment) => ({ id: segment.segmentId, text: segment.text }))
  const flags = context[SOURCE_IMPORT]
    ? computeFlags({ importerFlags: given, segments, findings: [], decisions: [] })
    : ((originalDoc?.flags ?? []) as (ImporterFlag & { resolved?: boolean | null })[])
  return { ...data, flags, ...openFlagSummary(flags) }
}
