/** What the admin's annotation views need of an annotation. */
export type ListedAnnotation = {
  id: string
  exact: string
  start: number | null
  end: number | null
  motivation: string
  status: string
  body: string | null
  anchorState: 'exact' | 'fuzzy' | 'orphaned' | null
}
export type SegmentSpan = { segmentId: string; start: number; end: number }
export type SegmentHighlight = { id: string; segmentId: string; start: number; end: number }

/**
 * An annotation's range (offsets in the whole text) as a highlight in each
 * segment it covers, in that segment's own offsets. Orphaned ones have no place to mark.
 */
export function segmentHighlights(annotation: ListedAnnotation, segments: readonly SegmentSpan[]): SegmentHighlight[] {
  const { start, end } = annotation
  if (annotation.anchorState === 'orphaned' || start === null || end === null) return []
  return segments
    .filter((segment) => segment.start < end && segment.end > start)
    .map((segment) => ({ id: annotation.id, segmentId: segment.segmentId, start: Math.max(start, segment.start) - segment.start, end: Math.min(end, segment.end) - segment.start }))
}

export type AnnotationFilter = { motivation: string; status: string }

/** The panel's list: matching the filters (empty: any), in text order, orphaned ones last. */
export function filterAnnotations<A extends ListedAnnotation>(annotations: readonly A[], filter: AnnotationFilter): A[] {
  return annotations
    .filter((annotation) => (!filter.motivation || annotation.motivation === filter.motivation) && (!filter.status || annotation.status === filter.status))
    .sort((a, b) => Number(a.anchorState === 'orphaned') - Number(b.anchorState === 'orphaned') || (a.start ?? 0) - (b.start ?? 0))
}
