import { describe, expect, it } from 'vitest'

import type { ReconcilePair } from '@/lib/reconcile/api'
import { defaultComparison, familyOf, inReadingOrder, pairIndexForFinding, pairVerdict, stepIndex } from './review'

const at = (segmentId: string, start: number, end: number) => ({ segmentId, start, end })
const pair = (segmentId: string, start: number, end: number, verdicts: ('agree' | 'conflict' | 'left-only')[] = ['agree']): ReconcilePair => ({
  left: { segmentId, start, end, text: '' },
  right: { segmentId: 'r', start: 0, end: 1, text: '' },
  score: 2,
  anchors: verdicts.map((verdict) => ({ kind: 'date', verdict })),
})

describe('inReadingOrder', () => {
  it('orders by the segment’s place in the text, then by offset', () => {
    const ordered = inReadingOrder([at('p2', 5, 9), at('p10', 0, 3), at('p2', 1, 4), at('gone', 0, 1)], ['p1', 'p2', 'p10'])
    expect(ordered).toEqual([at('p2', 1, 4), at('p2', 5, 9), at('p10', 0, 3), at('gone', 0, 1)])
  })
})

describe('stepIndex', () => {
  it('steps and stops at both ends', () => {
    expect(stepIndex(0, 1, 3)).toBe(1)
    expect(stepIndex(2, 1, 3)).toBe(2)
    expect(stepIndex(0, -1, 3)).toBe(0)
  })
  it('starts from the first (forwards) or the last (backwards) when nothing is chosen', () => {
    expect(stepIndex(-1, 1, 3)).toBe(0)
    expect(stepIndex(-1, -1, 3)).toBe(2)
    expect(stepIndex(-1, 1, 0)).toBe(-1)
  })
})

describe('pairIndexForFinding', () => {
  const pairs = [pair('p1', 0, 40), pair('p2', 0, 30), pair('p2', 31, 80)]
  it('is the pair whose passage covers the finding', () => {
    expect(pairIndexForFinding(pairs, at('p2', 40, 45))).toBe(2)
    expect(pairIndexForFinding(pairs, at('p1', 3, 9))).toBe(0)
  })
  it('else the nearest pair in the same segment', () => {
    expect(pairIndexForFinding([pair('p3', 50, 80)], at('p3', 10, 20))).toBe(0)
  })
  it('is none when no pair is in the finding’s segment', () => {
    expect(pairIndexForFinding(pairs, at('p9', 0, 5))).toBe(-1)
  })
})

describe('pairVerdict', () => {
  it('is a conflict when any anchor conflicts', () => {
    expect(pairVerdict(pair('p', 0, 1, ['agree', 'conflict']))).toBe('conflict')
    expect(pairVerdict(pair('p', 0, 1, ['agree', 'left-only']))).toBe('agree')
  })
})

describe('familyOf', () => {
  it('groups each kind with its check', () => {
    expect(familyOf('broken-date')).toBe('dates')
    expect(familyOf('conversion-trace')).toBe('magnitudes')
    expect(familyOf('pinyin-name')).toBe('names')
    expect(familyOf('era-mismatch')).toBe('calendar')
  })
})

describe('defaultComparison', () => {
  const choices = [
    { ref: 'articles:9', language: '' },
    { ref: 'sources:2', language: 'en' },
    { ref: 'sources:3', language: 'zh' },
  ]
  it('is the source it translates', () => {
    expect(defaultComparison({ translationOf: { id: 2 }, translatedFrom: 'zh' }, choices)).toBe('sources:2')
  })
  it('else a source in the language it was translated from', () => {
    expect(defaultComparison({ translatedFrom: 'zh' }, choices)).toBe('sources:3')
  })
  it('else the first other source, else nothing', () => {
    expect(defaultComparison({}, choices)).toBe('sources:2')
    expect(defaultComparison({}, [{ ref: 'articles:9', language: '' }])).toBeNull()
  })
})
