import type { AuthorityIndex } from '@/lib/reconcile/authority'
import { YEAR } from '@/lib/reconcile/checks/context'
import { findEraDates } from '@/lib/reconcile/eras'
import { mentionsIn } from '@/lib/reconcile/mentions'
import { findQuantities, type QuantityNoun } from '@/lib/reconcile/quantities'
import type { Language } from '@/lib/reconcile/types'

/** The kinds of fact an anchor states; two anchors of one kind with different values conflict. */
export type AnchorKind = 'date' | 'headcount' | 'area' | 'distance' | 'entity'

/**
 * A fact that survives translation, normalised: a date as a range of
 * Gregorian years (an era date covers the years its lunar year or month
 * falls in), a quantity in one unit (people, km², km), an entity as its
 * authority id. `start`/`end` index the sentence's segment.
 */
export type Anchor =
  | { kind: 'date'; from: number; to: number; text: string; start: number; end: number }
  | { kind: 'headcount' | 'area' | 'distance'; value: number; approximate: boolean; text: string; start: number; end: number }
  | { kind: 'entity'; entityId: string; text: string; start: number; end: number }

const KIND_OF_NOUN: Record<QuantityNoun, Exclude<AnchorKind, 'date' | 'entity'>> = { troops: 'headcount', casualties: 'headcount', people: 'headcount', population: 'headcount', area: 'area', distance: 'distance' }

/** The anchors of a stretch [start, end) of a segment's (masked) text. */
export function anchorsOf(masked: string, start: number, end: number, language: Language, authority: AuthorityIndex): Anchor[] {
  const text = masked.slice(start, end)
  const at = (offset: number) => start + offset
  const anchors: Anchor[] = []
  const taken: [number, number][] = []
  for (const date of findEraDates(text)) {
    const years = date.gregorianYears
    anchors.push({ kind: 'date', from: Math.min(...years), to: Math.max(...years), text: text.slice(date.index, date.index + date.length), start: at(date.index), end: at(date.index + date.length) })
    taken.push([date.index, date.index + date.length])
  }
  for (const quantity of findQuantities(text, language)) {
    anchors.push({ kind: KIND_OF_NOUN[quantity.noun], value: quantity.value, approximate: quantity.approximate, text: text.slice(quantity.start, quantity.end), start: at(quantity.start), end: at(quantity.end) })
    taken.push([quantity.start, quantity.end])
  }
  for (const match of text.matchAll(YEAR)) {
    const offset = match.index ?? 0
    if (taken.some(([from, to]) => from <= offset && offset < to)) continue
    const year = Number(match[1])
    anchors.push({ kind: 'date', from: year, to: year, text: match[0], start: at(offset), end: at(offset + match[0].length) })
  }
  const entities = new Set<string>()
  for (const mention of mentionsIn(text, language, authority)) {
    if (entities.has(mention.entity.id)) continue
    entities.add(mention.entity.id)
    anchors.push({ kind: 'entity', entityId: mention.entity.id, text: mention.written, start: at(mention.start), end: at(mention.end) })
  }
  return anchors.sort((a, b) => a.start - b.start)
}

/** Whether two anchors of one kind state the same fact: overlapping years, figures within 10 % (15 % when either is approximate), one entity. */
export function anchorsAgree(a: Anchor, b: Anchor): boolean {
  if (a.kind === 'date' && b.kind === 'date') return a.from <= b.to && b.from <= a.to
  if (a.kind === 'entity' && b.kind === 'entity') return a.entityId === b.entityId
  if ('value' in a && 'value' in b && a.kind === b.kind) {
    const tolerance = a.approximate || b.approximate ? 0.15 : 0.1
    return Math.abs(a.value - b.value) <= tolerance * Math.max(a.value, b.value)
  }
  return false
}

/** Keys under which an anchor is indexed: a pair of sentences sharing a key may state the same fact. */
export function keysOf(anchor: Anchor): string[] {
  switch (anchor.kind) {
    case 'date': {
      const keys: string[] = []
      for (let year = anchor.from; year <= anchor.to; year++) keys.push(`date:${year}`)
      return keys
    }
    case 'entity':
      return [`entity:${anchor.entityId}`]
    default: {
      // Figures within tolerance share a bucket or a neighbouring one (buckets of a tenth of a decade).
      const bucket = Math.floor(Math.log10(Math.max(anchor.value, 1)) * 10)
      return [`${anchor.kind}:${bucket}`, `${anchor.kind}:${bucket + 1}`, `${anchor.kind}:${bucket - 1}`]
    }
  }
}
