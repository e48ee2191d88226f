import type { CitationIndex, ReferencePlace } from './citations'
import type { PlannedFlag, PlannedSegment } from './types'

/** The segment a note or bibliography entry was read from: segments are in text order, so the last one starting at or before it. */
// Stryker disable next-line OptionalChaining,StringLiteral: every note and entry lies inside a segment.
const segmentAt = (segments: PlannedSegment[], start: number) => segments.findLast((segment) => segment.start <= start)?.segmentId ?? ''
const markerOf = (place: ReferencePlace) => (place.noteNumber === null ? null : `[${place.noteNumber}]`)
const whereOf = (place: ReferencePlace) => (place.noteNumber === null ? 'A bibliography entry' : `Note ${place.noteNumber}`)

/**
 * Flags on the source for what its references get wrong: an ISBN whose check digit is wrong or a
 * malformed DOI (kept in the note as written, never in the work's fields), and a short note that
 * names no work the document cites in full (the import then looks for it in the database).
 */
export function referenceFlags(index: CitationIndex, segments: PlannedSegment[]): PlannedFlag[] {
  const identifiers = index.identifierProblems.map((problem) => ({
    kind: 'bad-identifier' as const,
    segmentId: segmentAt(segments, problem.start),
    marker: markerOf(problem),
    message: `${whereOf(problem)}: ${problem.reason} Kept as written in the note; the work has no ${problem.kind === 'isbn' ? 'ISBN' : 'DOI'} until it is corrected.`,
  }))
  const shortNotes = index.unresolvedShortNotes.map((short) => ({
    kind: 'short-note-unresolved' as const,
    segmentId: segmentAt(segments, short.start),
    marker: markerOf(short),
    message: `${whereOf(short)} ("${short.text}") is a short reference to a work the document does not cite in full.`,
  }))
  return [...identifiers, ...shortNotes]
}
