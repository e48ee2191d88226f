'use client'

import { useCallback, useState } from 'react'

import type { TextHighlight } from '@/components/segmentText/SegmentText'
import { quoteOfSelection, segmentHighlights, type ListedAnnotation, type SegmentSelection, type SegmentSpan } from '@/lib/annotate/display'
import { SelectionError, type Quote } from '@/lib/annotate/selectors'
import type { AnnotationLabels, Kind } from './labels'
import styles from './Annotations.module.css'

/** Highlight ids of annotations, kept apart from other marks in the same text (a reconcile finding's key). */
export const ANNOTATION_MARK = 'annotation:'
export const markIdOf = (annotationId: string) => `${ANNOTATION_MARK}${annotationId}`
export const annotationIdOf = (markId: string) => (markId.startsWith(ANNOTATION_MARK) ? markId.slice(ANNOTATION_MARK.length) : null)

/** Each annotation's marks in the segments it covers: a look per kind (colour and a line style), its kind and note as the tooltip. */
export function annotationHighlights(annotations: readonly ListedAnnotation[], segments: readonly SegmentSpan[], labels: AnnotationLabels): TextHighlight[] {
  return annotations.flatMap((annotation) =>
    segmentHighlights(annotation, segments).map((highlight) => ({
      ...highlight,
      id: markIdOf(annotation.id),
      className: styles[annotation.motivation],
      title: `${labels.kinds[annotation.motivation as Kind] ?? annotation.motivation}: ${annotation.body ?? annotation.suggestedReplacement ?? ''}`,
    })),
  )
}

/** A selection about to become an annotation: its quote in the whole text, where the popover opens, or why it cannot be annotated. */
export type PendingSelection = { quote: Quote; top: number; left: number } | { refusal: string; top: number; left: number }

/** The popover's place under the current DOM selection, kept inside the window. */
function popoverPlace() {
  const selection = window.getSelection()
  const rect = selection && selection.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null
  return { top: Math.min((rect?.bottom ?? 100) + 8, window.innerHeight - 320), left: Math.min(rect?.left ?? 100, window.innerWidth - 380) }
}

/**
 * The selection → popover step of annotating a segmented text: a selection in
 * one segment or across several (which spans them all, the text between
 * included) becomes a quote of the whole text, with context; a selection the
 * text cannot take says why.
 */
export function useSelectionQuote(text: string | null, segments: readonly SegmentSpan[]) {
  const [pending, setPending] = useState<PendingSelection | null>(null)
  const select = useCallback(
    (selection: SegmentSelection) => {
      if (text === null) return
      try {
        setPending({ quote: quoteOfSelection(text, segments, selection), ...popoverPlace() })
      } catch (error) {
        if (!(error instanceof SelectionError)) throw error
        setPending({ refusal: error.message, ...popoverPlace() })
      }
    },
    [segments, text],
  )
  return { pending, select, close: useCallback(() => setPending(null), []) }
}

/** Brings an annotation's (first) mark into view and focuses it, as choosing it in the panel asks. */
export function scrollToMark(container: HTMLElement | null, annotationId: string) {
  const mark = container?.querySelector<HTMLElement>(`mark[data-highlight-ids*="${CSS.escape(JSON.stringify(markIdOf(annotationId)))}"]`)
  if (!mark) return
  mark.scrollIntoView({ block: 'center' })
  mark.focus({ preventScroll: true })
}

/** The annotation a link asked for (`?annotation=<id>`, from the dashboard's lists). */
export const linkedAnnotation = () => (typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('annotation'))
