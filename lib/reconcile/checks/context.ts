import type { AuthorityIndex } from '@/lib/reconcile/authority'
import type { Finding, Hit, Language } from '@/lib/reconcile/types'

/** A segment as the checks read it: `masked` is its text with markup blanked out (same length, same offsets). */
export type CheckedSegment = { id: string; text: string; masked: string; kind?: string }

/** What every check sees: the whole document (for checks across segments) and the authority. */
export type CheckContext = {
  language: Language
  segments: CheckedSegment[]
  authority: AuthorityIndex
  /** Every four-digit year the document's prose mentions, once each. */
  years: number[]
  /** The median year mentioned: the period the text is about (1900 when it names none). */
  periodYear: number
}

export type Check = (context: CheckContext) => Finding[]

/** A check that looks at one segment at a time. */
export const perSegment =
  (find: (segment: CheckedSegment, context: CheckContext) => Hit[]): Check =>
  (context) =>
    context.segments.flatMap((segment) => find(segment, context).map((hit) => ({ ...hit, segmentId: segment.id, quote: segment.text.slice(hit.start, hit.end) })))

/** Prose segments: notes and bibliography entries are citations, not narrative. */
export const isProse = (segment: CheckedSegment) => segment.kind !== 'note'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const MONTH = `(?:${MONTHS.join('|')})`

/** Four-digit years in prose, not part of a longer number (1,000 / 1500.5 / 12345). */
export const YEAR = /(?<![\d,.])(1[0-9]{3}|20[0-9]{2})(?![\d,]|\.\d)/g
