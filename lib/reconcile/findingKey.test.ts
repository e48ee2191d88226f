import { describe, expect, it } from 'vitest'

import { check } from './testing'
import { findingKey, parseFindingKey, reanchor, withKeys } from './findingKey'

describe('findingKey', () => {
  it('is the same for the same finding after the text before it moved', () => {
    const before = withKeys(check(['The garrison marched on 1February 864 towards the river.']))
    const after = withKeys(check(['Some weeks later the garrison marched on 1February 864 towards the river.']))
    expect(before.length).toBeGreaterThan(0)
    expect(after.map((finding) => finding.key)).toEqual(before.map((finding) => finding.key))
    expect(after[0]!.start).not.toBe(before[0]!.start)
  })

  it('tells apart two findings quoting the same text in one segment by occurrence', () => {
    const keyed = withKeys([
      { kind: 'stray-punctuation', segmentId: 's1', quote: '?', start: 30 },
      { kind: 'stray-punctuation', segmentId: 's1', quote: '?', start: 4 },
    ])
    expect(keyed.map((finding) => parseFindingKey(finding.key)?.occurrence)).toEqual([1, 0])
    expect(new Set(keyed.map((finding) => finding.key)).size).toBe(2)
  })

  it('reads back what it is made of, and refuses what is no key', () => {
    const key = findingKey({ kind: 'pinyin-name', segmentId: 'p-3', quote: '伊犁 "Ili"' }, 2)
    expect(parseFindingKey(key)).toEqual({ kind: 'pinyin-name', segmentId: 'p-3', quote: '伊犁 "Ili"', occurrence: 2 })
    expect(parseFindingKey('not a key')).toBeNull()
    expect(parseFindingKey('["a","b","c",-1]')).toBeNull()
  })
})

describe('reanchor', () => {
  const decision = (key: string, decidedAt: string, action = 'dismissed') => ({ key, decidedAt, action })
  const k1 = findingKey({ kind: 'broken-date', segmentId: 's1', quote: '188 1' }, 0)
  const k2 = findingKey({ kind: 'broken-date', segmentId: 's2', quote: 'May 1 1' }, 0)

  it('attaches the latest decision per key and keeps decisions of vanished findings as stale', () => {
    const { byKey, stale } = reanchor([{ key: k1 }], [decision(k1, '2026-01-01', 'disputed'), decision(k1, '2026-01-02', 'accepted'), decision(k2, '2026-01-01')])
    expect(byKey.get(k1)?.action).toBe('accepted')
    expect(stale.map((entry) => entry.key)).toEqual([k2])
  })

  it('never moves a decision to another finding in the same segment', () => {
    const other = findingKey({ kind: 'broken-date', segmentId: 's1', quote: '186 2' }, 0)
    const { byKey, stale } = reanchor([{ key: other }], [decision(k1, '2026-01-01')])
    expect(byKey.size).toBe(0)
    expect(stale).toHaveLength(1)
  })
})
