import { AuthorityIndex, type Authority } from '@/lib/reconcile/authority'
import { CheckInputError } from '@/lib/reconcile/check'
import { maskMarkup } from '@/lib/reconcile/mask'
import { isLanguage, type Language, type Segment } from '@/lib/reconcile/types'
import { anchorsAgree, anchorsOf, keysOf, type Anchor, type AnchorKind } from './anchors'

export type { Anchor, AnchorKind } from './anchors'

/** One sentence of a text: where it stands (segment and offsets) and the facts it states. */
export type Sentence = { index: number; segmentId: string; start: number; end: number; text: string; anchors: Anchor[] }

export type AnchorStatus = 'agree' | 'conflict' | 'left-only' | 'right-only'
export type AnchorComparison = { kind: AnchorKind; status: AnchorStatus; left?: Anchor; right?: Anchor }

/** Two sentences that state some of the same facts, with each anchor compared. */
export type AlignedPair = { left: Sentence; right: Sentence; score: number; anchors: AnchorComparison[] }

export type Alignment = { pairs: AlignedPair[]; unpairedLeft: Sentence[]; unpairedRight: Sentence[] }

export type AlignSide = { segments: Segment[]; language: string }
export type AlignInput = { left: AlignSide; right: AlignSide; authority: Authority | AuthorityIndex }

/** Sentences of every segment, split by Intl.Segmenter in the text's language, each with its anchors. */
export function sentencesOf(segments: Segment[], language: Language, authority: AuthorityIndex): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })
  const sentences: Sentence[] = []
  for (const segment of segments) {
    if (segment.kind === 'note') continue
    const masked = maskMarkup(segment.text)
    for (const piece of segmenter.segment(masked)) {
      if (!/[\p{L}\p{N}]/u.test(piece.segment)) continue
      const start = piece.index
      const end = start + piece.segment.trimEnd().length
      sentences.push({ index: sentences.length, segmentId: segment.id, start, end, text: segment.text.slice(start, end), anchors: anchorsOf(masked, start, end, language, authority) })
    }
  }
  return sentences
}

const WEIGHT: Record<AnchorKind, number> = { date: 2, headcount: 3, area: 3, distance: 3, entity: 1 }

/** Per anchor: agree (matched across), conflict (same kind, no agreeing value), or only on one side. */
export function compareAnchors(left: Anchor[], right: Anchor[]): AnchorComparison[] {
  const comparisons: AnchorComparison[] = []
  const usedRight = new Set<number>()
  const unmatchedLeft: Anchor[] = []
  for (const anchor of left) {
    const index = right.findIndex((candidate, position) => !usedRight.has(position) && anchorsAgree(anchor, candidate))
    if (index < 0) unmatchedLeft.push(anchor)
    else {
      usedRight.add(index)
      comparisons.push({ kind: anchor.kind, status: 'agree', left: anchor, right: right[index] })
    }
  }
  const unmatchedRight = right.filter((_, position) => !usedRight.has(position))
  for (const anchor of unmatchedLeft) {
    // Entities do not conflict: a sentence naming another person says something else, not something different.
    const index = anchor.kind === 'entity' ? -1 : unmatchedRight.findIndex((candidate) => candidate.kind === anchor.kind)
    if (index < 0) comparisons.push({ kind: anchor.kind, status: 'left-only', left: anchor })
    else comparisons.push({ kind: anchor.kind, status: 'conflict', left: anchor, right: unmatchedRight.splice(index, 1)[0] })
  }
  for (const anchor of unmatchedRight) comparisons.push({ kind: anchor.kind, status: 'right-only', right: anchor })
  return comparisons
}

/** Shared facts weighted by kind, less a little per conflict; 0 when nothing agrees. */
function scoreOf(comparisons: AnchorComparison[]): number {
  const agreed = comparisons.filter((comparison) => comparison.status === 'agree').reduce((sum, comparison) => sum + WEIGHT[comparison.kind], 0)
  const conflicts = comparisons.filter((comparison) => comparison.status === 'conflict').length
  return agreed ? agreed - 0.5 * conflicts : 0
}

/** Keys too common to tell sentences apart (one year named everywhere) do not propose pairs. */
const MAX_POSTINGS = 64

/**
 * Aligns two comparable texts (en–zh, en–en, zh–zh) by the facts their
 * sentences share: candidate pairs come from an index of anchor keys, each is
 * scored by its agreeing anchors, and the best pairs are taken greedily, one
 * partner per sentence, in any order, so reordered and dropped sentences
 * (crossings and gaps) are allowed. A pair needs at least a date or a figure
 * in common, or two entities.
 */
export function alignTexts(input: AlignInput): Alignment {
  for (const side of [input.left, input.right]) {
    if (!isLanguage(side.language)) throw new CheckInputError('unsupported-language', `Alignment reads English (en) and Chinese (zh) text, not "${side.language}".`)
    if (!side.segments.some((segment) => /[\p{L}\p{N}]/u.test(segment.text))) throw new CheckInputError('empty', 'One of the texts is empty: there is nothing to align.')
  }
  const authority = input.authority instanceof AuthorityIndex ? input.authority : new AuthorityIndex(input.authority)
  const left = sentencesOf(input.left.segments, input.left.language as Language, authority)
  const right = sentencesOf(input.right.segments, input.right.language as Language, authority)

  const postings = new Map<string, number[]>()
  for (const sentence of right) {
    for (const key of new Set(sentence.anchors.flatMap(keysOf))) {
      const list = postings.get(key)
      if (list) list.push(sentence.index)
      else postings.set(key, [sentence.index])
    }
  }

  const candidates: AlignedPair[] = []
  for (const sentence of left) {
    const partners = new Set<number>()
    for (const key of new Set(sentence.anchors.flatMap(keysOf))) {
      const list = postings.get(key)
      if (list && list.length <= MAX_POSTINGS) for (const index of list) partners.add(index)
    }
    for (const index of partners) {
      const partner = right[index]
      if (!partner) continue
      const anchors = compareAnchors(sentence.anchors, partner.anchors)
      const score = scoreOf(anchors)
      if (score >= 2) candidates.push({ left: sentence, right: partner, score, anchors })
    }
  }
  // Best first; among equals, the pair closer to the same relative position in both texts.
  const drift = (pair: AlignedPair) => Math.abs(pair.left.index / Math.max(left.length, 1) - pair.right.index / Math.max(right.length, 1))
  candidates.sort((a, b) => b.score - a.score || drift(a) - drift(b))
  const pairedLeft = new Set<number>()
  const pairedRight = new Set<number>()
  const pairs: AlignedPair[] = []
  for (const candidate of candidates) {
    if (pairedLeft.has(candidate.left.index) || pairedRight.has(candidate.right.index)) continue
    pairedLeft.add(candidate.left.index)
    pairedRight.add(candidate.right.index)
    pairs.push(candidate)
  }
  pairs.sort((a, b) => a.left.index - b.left.index)
  return { pairs, unpairedLeft: left.filter((sentence) => !pairedLeft.has(sentence.index)), unpairedRight: right.filter((sentence) => !pairedRight.has(sentence.index)) }
}
