import { describeRange, SelectionError, type Quote } from './selectors'

/** A reply as the admin shows it: who wrote it (their id, and a name when the viewer may read it) and when. */
export type ListedReply = { id: string; author: string | null; authorName: string | null; createdAt: string | null; body: string }

/** What the admin's annotation views need of an annotation (the optional parts: threads, authors and decisions). */
export type ListedAnnotation = {
  id: string
  exact: string
  start: number | null
  end: number | null
  motivation: string
  status: string
  body: string | null
  anchorState: 'exact' | 'fuzzy' | 'orphaned' | null
  suggestedReplacement?: string | null
  author?: string | null
  authorName?: string | null
  replies?: readonly ListedReply[]
  /** Who decided and when; for a resolved correction on an article, the draft version that held the text then. */
  resolution?: { by: string | null; byName: string | null; at: string | null; appliedInVersion: string | null } | null
  /** The article an annotation is on (to link the version that applied it). */
  articleId?: string | null
}

export type SegmentSpan = { segmentId: string; start: number; end: number }
export type SegmentHighlight = { id: string; segmentId: string; start: number; end: number }

/**
 * An annotation's range (offsets in the whole text) as a highlight in each
 * segment it covers, in that segment's own offsets. Orphaned ones have no place to mark.
 */
export function segmentHighlights(annotation: ListedAnnotation, segments: readonly SegmentSpan[]): SegmentHighlight[] {
  const { start, end } = annotation
  // Stryker disable next-line ConditionalExpression: a null bound overlaps no segment either way; the test narrows for the compiler
  if (annotation.anchorState === 'orphaned' || start === null || end === null) return []
  return segments
    .filter((segment) => segment.start < end && segment.end > start)
    .map((segment) => ({ id: annotation.id, segmentId: segment.segmentId, start: Math.max(start, segment.start) - segment.start, end: Math.min(end, segment.end) - segment.start }))
}

/** A stretch of one segment shown on its own (an aligned sentence of the reconcile view's comparison): [start, end) of the segment. */
export type SegmentPassage = { segmentId: string; start: number; end: number }

/**
 * The highlights of a segment that fall in a passage of it, in the passage's
 * own offsets (clipped to it), so the passage can be marked as its segment is.
 */
export function passageHighlights<H extends SegmentHighlight>(highlights: readonly H[], passage: SegmentPassage): H[] {
  return highlights
    .filter((highlight) => highlight.segmentId === passage.segmentId && highlight.start < passage.end && highlight.end > passage.start)
    .map((highlight) => ({ ...highlight, start: Math.max(highlight.start, passage.start) - passage.start, end: Math.min(highlight.end, passage.end) - passage.start }))
}

/** A selection made in a passage shown on its own, in its segment's offsets. */
export const passageSelection = (passage: SegmentPassage, range: { start: number; end: number }): SegmentSelection => ({
  segmentId: passage.segmentId,
  start: passage.start + range.start,
  end: passage.start + range.end,
})

/** A selection in segment offsets: within one segment, or from one segment to a later one (`endSegmentId`). */
export type SegmentSelection = { segmentId: string; start: number; endSegmentId?: string; end: number }

/**
 * The quote (with context from the whole text, across segment boundaries) of a
 * selection made in segments shown one by one. A selection that runs from one
 * segment into another spans both: it covers the text between them as the
 * document has it. Throws SelectionError for a segment the text does not have.
 */
export function quoteOfSelection(text: string, segments: readonly SegmentSpan[], selection: SegmentSelection): Quote {
  const first = segments.find((segment) => segment.segmentId === selection.segmentId)
  const last = segments.find((segment) => segment.segmentId === (selection.endSegmentId ?? selection.segmentId))
  if (!first || !last) throw new SelectionError('The selection is outside the text shown.')
  const from = first.start + selection.start
  const to = last.start + selection.end
  return describeRange(text, Math.min(from, to), Math.max(from, to))
}

/** Empty fields match anything; `author` is a person's id. */
export type AnnotationFilter = { motivation: string; status: string; author?: string }

/** The panel's list: matching the filters (empty: any), in text order, orphaned ones last. */
export function filterAnnotations<A extends ListedAnnotation>(annotations: readonly A[], filter: AnnotationFilter): A[] {
  return annotations
    .filter(
      (annotation) =>
        (!filter.motivation || annotation.motivation === filter.motivation) &&
        (!filter.status || annotation.status === filter.status) &&
        (!filter.author || annotation.author === filter.author),
    )
    .sort((a, b) => Number(a.anchorState === 'orphaned') - Number(b.anchorState === 'orphaned') || (a.start ?? 0) - (b.start ?? 0))
}

/** The people who wrote the annotations listed, once each, by name (for the author filter). */
export function authorsOf(annotations: readonly ListedAnnotation[]): { id: string; name: string }[] {
  const names = new Map<string, string>()
  for (const annotation of annotations) if (annotation.author && !names.has(annotation.author)) names.set(annotation.author, annotation.authorName || `#${annotation.author}`)
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
}

/** A thread's replies oldest first, as written; replies without a time (never, from the server) keep their place at the end. */
export function repliesInOrder(replies: readonly ListedReply[]): ListedReply[] {
  const time = (reply: ListedReply) => (reply.createdAt ? Date.parse(reply.createdAt) : Number.POSITIVE_INFINITY)
  return replies
    .map((reply, index) => ({ reply, index }))
    .sort((a, b) => time(a.reply) - time(b.reply) || a.index - b.index)
    .map(({ reply }) => reply)
}
