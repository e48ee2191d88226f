'use client'

import { memo, useCallback, useMemo, type FocusEvent, type MouseEvent } from 'react'

import { highlightPieces, highlightsBySegment, selectedRange, type HighlightRange, type SelectedRange } from '@/lib/text/highlightPieces'
import styles from './SegmentText.module.css'

export type { SelectedRange } from '@/lib/text/highlightPieces'

/** A selection from one segment into a later one: where it starts in the first, where it ends in the last (each segment's own offsets). */
export type SpanningRange = { segmentId: string; start: number; endSegmentId: string; end: number }

export type TextSegment = { id: string; text: string; kind?: string }

/** A range to mark: its look (className), its tooltip (title) and a short tag shown before it (label). */
export type TextHighlight = HighlightRange & { className?: string; title?: string; label?: string }

export type SegmentTextProps = {
  segments: readonly TextSegment[]
  highlights?: readonly TextHighlight[]
  /** The highlight drawn as the current one (outlined, aria-current). */
  activeHighlightId?: string | null
  /** Called with the selected characters of one segment when the reader selects text. */
  onSelectRange?: (range: SelectedRange) => void
  /** Called when a selection runs across segments; without it such a selection is ignored. */
  onSelectAcross?: (range: SpanningRange) => void
  /** Called with a highlight's id when it is clicked, or focused from the keyboard (marks are then focusable). */
  onHighlightClick?: (id: string) => void
  className?: string
  lang?: string
}

const NO_HIGHLIGHTS: TextHighlight[] = []

/**
 * Segments of a text, each a block carrying `data-segment-id`, with highlights
 * marked in place (`<mark data-highlight-id>`: the current or innermost one, a click on
 * the current one stepping to the next under it;
 * `data-highlight-ids`: all of them, as a JSON array). Only the segments' own text is
 * in the DOM (labels are CSS), so a DOM selection maps back to exact offsets.
 */
export function SegmentText({ segments, highlights = NO_HIGHLIGHTS, activeHighlightId = null, onSelectRange, onSelectAcross, onHighlightClick, className, lang }: SegmentTextProps) {
  const grouped = useMemo(() => highlightsBySegment(highlights), [highlights])
  const textOf = useMemo(() => new Map(segments.map((segment) => [segment.id, segment.text])), [segments])

  const reportSelection = useCallback(() => {
    if (!onSelectRange && !onSelectAcross) return
    const selection = window.getSelection()
    if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return
    const anchorBlock = blockOf(selection.anchorNode)
    const focusBlock = blockOf(selection.focusNode)
    if (!anchorBlock || !focusBlock) return
    if (anchorBlock !== focusBlock) {
      if (!onSelectAcross) return
      const range = selection.getRangeAt(0)
      const first = blockOf(range.startContainer)
      const last = blockOf(range.endContainer)
      if (!first || !last || first === last) return
      onSelectAcross({ segmentId: first.dataset.segmentId ?? '', start: offsetIn(first, range.startContainer, range.startOffset), endSegmentId: last.dataset.segmentId ?? '', end: offsetIn(last, range.endContainer, range.endOffset) })
      return
    }
    if (!onSelectRange) return
    const segmentId = anchorBlock.dataset.segmentId ?? ''
    const text = textOf.get(segmentId)
    if (text === undefined) return
    const range = selectedRange(segmentId, text, offsetIn(anchorBlock, selection.anchorNode, selection.anchorOffset), offsetIn(anchorBlock, selection.focusNode, selection.focusOffset))
    if (range) onSelectRange(range)
  }, [onSelectAcross, onSelectRange, textOf])

  const clickHighlight = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (!onHighlightClick) return
      const selection = window.getSelection()
      if (selection && !selection.isCollapsed) return
      const mark = (event.target as HTMLElement).closest<HTMLElement>('[data-highlight-id]')
      const named = mark?.dataset.highlightId
      if (!mark || !named) return
      // Clicking the current mark again steps to the next highlight under it, so each of overlapping ones can be reached.
      const covering = JSON.parse(mark.dataset.highlightIds ?? '[]') as string[]
      const next = mark.getAttribute('aria-current') === 'true' && covering.length > 1 ? covering[(covering.indexOf(named) + 1) % covering.length]! : named
      onHighlightClick(next)
    },
    [onHighlightClick],
  )

  const focusHighlight = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const id = event.target.dataset.highlightId
      if (onHighlightClick && id && event.target.matches(':focus-visible')) onHighlightClick(id)
    },
    [onHighlightClick],
  )

  return (
    <div className={[styles.text, className].filter(Boolean).join(' ')} lang={lang} onMouseUp={reportSelection} onKeyUp={reportSelection} onClick={clickHighlight} onFocus={focusHighlight}>
      {segments.map((segment) => {
        const own = grouped.get(segment.id) ?? NO_HIGHLIGHTS
        const active = activeHighlightId !== null && own.some((highlight) => highlight.id === activeHighlightId) ? activeHighlightId : null
        return <SegmentBlock key={segment.id} segment={segment} highlights={own} activeHighlightId={active} focusable={Boolean(onHighlightClick)} />
      })}
    </div>
  )
}

type SegmentBlockProps = { segment: TextSegment; highlights: readonly TextHighlight[]; activeHighlightId: string | null; focusable: boolean }

/** One segment; memoised so moving the current highlight re-renders the two segments concerned only. */
const SegmentBlock = memo(function SegmentBlock({ segment, highlights, activeHighlightId, focusable }: SegmentBlockProps) {
  const pieces = useMemo(() => highlightPieces(segment.text, highlights), [segment.text, highlights])
  return (
    <p className={styles.segment} data-segment-id={segment.id} data-segment-kind={segment.kind}>
      {pieces.map((piece) => {
        if (!piece.highlights.length) return piece.text
        // The innermost (shortest; the later listed of equals) highlight names the mark; all of them style it.
        const innermost = piece.highlights.reduce((inner, highlight) => (highlight.end - highlight.start <= inner.end - inner.start ? highlight : inner))
        const isActive = piece.highlights.some((highlight) => highlight.id === activeHighlightId)
        const opening = piece.highlights.find((highlight) => highlight.start === piece.start && highlight.label)
        return (
          <mark
            key={piece.start}
            className={[styles.mark, ...piece.highlights.map((highlight) => highlight.className), isActive ? styles.active : undefined].filter(Boolean).join(' ')}
            data-highlight-id={isActive ? activeHighlightId! : innermost.id}
            data-highlight-ids={JSON.stringify(piece.highlights.map((highlight) => highlight.id))}
            data-label={opening?.label}
            title={piece.highlights.map((highlight) => highlight.title).filter(Boolean).join('\n') || undefined}
            aria-current={isActive ? 'true' : undefined}
            tabIndex={focusable ? 0 : undefined}
          >
            {piece.text}
          </mark>
        )
      })}
    </p>
  )
})

const blockOf = (node: Node): HTMLElement | null => (node instanceof HTMLElement ? node : node.parentElement)?.closest<HTMLElement>('[data-segment-id]') ?? null

/** Characters of the block's text before (node, offset): the block holds nothing but the segment's text. */
function offsetIn(block: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(block, 0)
  range.setEnd(node, offset)
  return range.toString().length
}
