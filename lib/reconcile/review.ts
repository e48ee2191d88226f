import type { FindingWithDecision, ReconcilePair } from '@/lib/reconcile/api'
import { idOf } from '@/lib/reconcile/refs'
import type { FindingKind, Severity } from '@/lib/reconcile/types'

/** Findings in reading order: by the segment's place in the text, then by offset; unknown segments last. */
export function inReadingOrder<F extends Pick<FindingWithDecision, 'segmentId' | 'start' | 'end'>>(findings: readonly F[], segmentIds: readonly string[]): F[] {
  const position = new Map(segmentIds.map((id, index) => [id, index]))
  const place = (finding: F) => position.get(finding.segmentId) ?? Number.MAX_SAFE_INTEGER
  return [...findings].sort((a, b) => place(a) - place(b) || a.start - b.start || a.end - b.end)
}

/** The index `delta` steps from `current`, kept inside [0, length); none when there is nothing to step through. */
export function stepIndex(current: number, delta: number, length: number): number {
  if (length <= 0) return -1
  if (current < 0) return delta < 0 ? length - 1 : 0
  return Math.max(0, Math.min(length - 1, current + delta))
}

/**
 * The aligned pair that holds the finding: the pair whose left passage covers
 * its range, else the one nearest to it in the same segment; -1 when no pair
 * is in that segment.
 */
export function pairIndexForFinding(pairs: readonly ReconcilePair[], finding: Pick<FindingWithDecision, 'segmentId' | 'start' | 'end'>): number {
  let nearest = -1
  let nearestDistance = Number.POSITIVE_INFINITY
  pairs.forEach((pair, index) => {
    if (pair.left.segmentId !== finding.segmentId) return
    const distance = pair.left.start <= finding.start && pair.left.end >= finding.end ? -1 : Math.max(pair.left.start - finding.end, finding.start - pair.left.end, 0)
    if (distance < nearestDistance) {
      nearest = index
      nearestDistance = distance
    }
  })
  return nearest
}

/** The worst verdict of a pair's anchors: a passage with any conflict is a conflict. */
export function pairVerdict(pair: ReconcilePair): 'conflict' | 'agree' {
  return pair.anchors.some((anchor) => anchor.verdict === 'conflict') ? 'conflict' : 'agree'
}

/** What kind of defect a finding is, for its colour: one family per check. */
export type FindingFamily = 'dates' | 'magnitudes' | 'names' | 'mechanical' | 'calendar' | 'annotation'

const FAMILY: Record<FindingKind | 'annotation', FindingFamily> = {
  'broken-date': 'dates',
  'date-order-fragment': 'dates',
  'year-out-of-range': 'dates',
  'implausible-magnitude': 'magnitudes',
  'headcount-decimals': 'magnitudes',
  'conversion-trace': 'magnitudes',
  'machine-translated-name': 'names',
  'pinyin-name': 'names',
  'name-variants': 'names',
  'lowercase-name': 'names',
  'truncated-name': 'names',
  'near-authority-name': 'names',
  'term-variants': 'names',
  'stray-punctuation': 'mechanical',
  'repeated-line': 'mechanical',
  breadcrumb: 'mechanical',
  'leftover-cjk': 'mechanical',
  'untranslated-word': 'mechanical',
  'era-mismatch': 'calendar',
  annotation: 'annotation',
}

export const familyOf = (kind: FindingKind | 'annotation'): FindingFamily => FAMILY[kind]

export type { Severity }

type Choice = { ref: string; language: string }

/**
 * What a source is compared with when the view opens: the source it is a
 * translation of, else a source in the language it was translated from,
 * else the first other source; null when there is none. `choices` are the
 * other texts (`sources:<id>` / `articles:<id>`).
 */
export function defaultComparison(source: { translationOf?: unknown; translatedFrom?: string | null }, choices: readonly Choice[]): string | null {
  const sources = choices.filter((choice) => choice.ref.startsWith('sources:'))
  const original = idOf(source.translationOf)
  if (original && sources.some((choice) => choice.ref === `sources:${original}`)) return `sources:${original}`
  return (source.translatedFrom && sources.find((choice) => choice.language === source.translatedFrom)?.ref) || sources[0]?.ref || null
}
