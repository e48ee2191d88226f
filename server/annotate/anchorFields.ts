import { anchorQuote, type Anchor } from '@/lib/annotate/anchor'
import { describeRange, quoteOf } from '@/lib/annotate/selectors'
import type { Annotation } from '@/payload-types'
import { segmentAt, type TargetText } from './targetText'

type Stored = Pick<Annotation, 'exact' | 'prefix' | 'suffix' | 'start' | 'end' | 'target' | 'anchor'>

export const anchorIn = (target: TargetText, annotation: Stored): Anchor => anchorQuote(target.text, quoteOf(annotation))

/**
 * The fields an anchor sets: its state, the current position, for sources the
 * segment it starts in, and context where the client sent none. The quote
 * stays what the person selected: an orphaned annotation shows it.
 */
export function anchorFields(anchor: Anchor, target: TargetText, annotation: Stored) {
  const checkedAt = new Date().toISOString()
  if (anchor.state === 'orphaned') return { anchor: { state: anchor.state, checkedAt } }
  const context = !annotation.prefix && !annotation.suffix ? contextAt(target.text, anchor.start, anchor.end) : {}
  return {
    start: anchor.start,
    end: anchor.end,
    anchor: { state: anchor.state, checkedAt },
    target: { ...annotation.target, segmentId: target.segments.length ? segmentAt(target.segments, anchor.start) : (annotation.target?.segmentId ?? null) },
    ...context,
  }
}

function contextAt(text: string, start: number, end: number) {
  try {
    const { prefix, suffix } = describeRange(text, start, end)
    return { prefix, suffix }
  } catch {
    return {}
  }
}

/** Whether anchoring moved the annotation (a check that found it where it was writes nothing). */
export function anchorMoved(annotation: Stored, fields: ReturnType<typeof anchorFields>): boolean {
  return annotation.anchor?.state !== fields.anchor.state || ('start' in fields && (fields.start !== annotation.start || fields.end !== annotation.end || fields.target.segmentId !== (annotation.target?.segmentId ?? null)))
}
