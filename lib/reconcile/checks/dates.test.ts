import { describe, expect, it } from 'vitest'

import { check, ofKind, PERIOD } from '@/lib/reconcile/testing'

const dateFindings = (paragraph: string) => {
  const findings = check([...PERIOD, paragraph])
  return [...ofKind(findings, 'broken-date'), ...ofKind(findings, 'date-order-fragment'), ...ofKind(findings, 'year-out-of-range')].map((finding) => ({
    kind: finding.kind,
    quote: finding.quote,
    suggestion: finding.suggestion,
  }))
}

describe('dates broken by a translation', () => {
  it('repairs a year broken across a month name', () => {
    expect(dateFindings('The talks resumed 1March 865 after the winter.')).toEqual([{ kind: 'broken-date', quote: '1March 865', suggestion: 'March 1865' }])
  })

  it('repairs a date whose year was split around the month and the day', () => {
    expect(dateFindings('The envoy left 1August, 871 12 for the capital.')).toEqual([{ kind: 'broken-date', quote: '1August, 871 12', suggestion: 'August 12, 1871' }])
  })

  it('repairs a day and a year with a space inside', () => {
    expect(dateFindings('On June 1 2, the garrison left.')).toEqual([{ kind: 'broken-date', quote: 'June 1 2', suggestion: 'June 12' }])
    expect(dateFindings('The fort fell in 187 1, after a siege.')).toEqual([{ kind: 'broken-date', quote: '187 1', suggestion: '1871' }])
  })

  it('leaves a split year alone when the joined year is foreign to the text', () => {
    expect(dateFindings('Page 123 4 of the register.')).toEqual([])
  })

  it('flags a number glued to a month name', () => {
    expect(dateFindings('The caravan arrived 12March with silk.')).toEqual([{ kind: 'broken-date', quote: '12March', suggestion: undefined }])
  })

  it('flags Chinese date order translated word for word', () => {
    expect(dateFindings('5 year 3 the governor wrote again.')).toEqual([{ kind: 'date-order-fragment', quote: '5 year 3', suggestion: undefined }])
    expect(dateFindings('1866 In April, the army marched west.')).toEqual([{ kind: 'date-order-fragment', quote: '1866 In April', suggestion: 'In April 1866' }])
    expect(dateFindings('1866, the army marched west.')).toEqual([{ kind: 'date-order-fragment', quote: '1866', suggestion: 'In 1866' }])
  })

  it('flags a year a century away from every other year of the text', () => {
    expect(dateFindings('The fort was rebuilt in 1968 with stone.')).toEqual([{ kind: 'year-out-of-range', quote: '1968', suggestion: undefined }])
  })

  it('raises nothing on well-formed dates', () => {
    expect(dateFindings('In March 1866, the governor wrote. On 12 May 1866 the army left, and on June 3, 1867 it returned. The 1860s were hard.')).toEqual([])
  })

  it('reads Chinese text for years out of range only', () => {
    const findings = check(['1862年边境平静。', '1864年增兵。', '1869年和1871年两次谈判。', '1968年重建城堡。'], 'zh')
    expect(findings.map((finding) => [finding.kind, finding.quote])).toEqual([['year-out-of-range', '1968']])
  })
})
