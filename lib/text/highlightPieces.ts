/** A range of one segment's text to mark: [start, end) in UTF-16 code units, as String.slice counts. */
export type HighlightRange = {
  id: string
  segmentId: string
  start: number
  end: number
}

/** A run of a segment's text and the highlights covering all of it (none for plain text). */
export type TextPiece<H extends HighlightRange> = { start: number; end: number; text: string; highlights: H[] }

/**
 * Cuts a segment's text at every highlight boundary, so overlapping and nested
 * highlights each mark exactly their own characters. Ranges outside the text
 * are clipped; empty ones are dropped. The pieces concatenate to the text.
 */
export function highlightPieces<H extends HighlightRange>(text: string, highlights: readonly H[]): TextPiece<H>[] {
  const clipped = highlights
    .map((highlight) => ({ highlight, start: Math.max(0, Math.min(highlight.start, text.length)), end: Math.max(0, Math.min(highlight.end, text.length)) }))
    .filter((range) => range.end > range.start)
  const cuts = new Set<number>([0, text.length])
  for (const range of clipped) {
    cuts.add(range.start)
    cuts.add(range.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: TextPiece<H>[] = []
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index]!
    const end = points[index + 1]!
    const covering = clipped.filter((range) => range.start <= start && range.end >= end).map((range) => range.highlight)
    pieces.push({ start, end, text: text.slice(start, end), highlights: covering })
  }
  return pieces
}

/** Highlights grouped by segment id, so each segment renders (and re-renders) with its own only. */
export function highlightsBySegment<H extends HighlightRange>(highlights: readonly H[]): Map<string, H[]> {
  const grouped = new Map<string, H[]>()
  for (const highlight of highlights) {
    const list = grouped.get(highlight.segmentId)
    if (list) list.push(highlight)
    else grouped.set(highlight.segmentId, [highlight])
  }
  return grouped
}

/** The selected text with the context around it, as a W3C TextQuoteSelector wants it. */
export type SelectedRange = { segmentId: string; start: number; end: number; exact: string; prefix: string; suffix: string }

const CONTEXT = 32

/** Describes [start, end) of a segment as a selection, with up to 32 characters of context each side. */
export function selectedRange(segmentId: string, text: string, start: number, end: number): SelectedRange | null {
  const from = Math.max(0, Math.min(start, end))
  const to = Math.min(text.length, Math.max(start, end))
  if (to <= from) return null
  return { segmentId, start: from, end: to, exact: text.slice(from, to), prefix: text.slice(Math.max(0, from - CONTEXT), from), suffix: text.slice(to, to + CONTEXT) }
}
