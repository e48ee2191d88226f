import { describe, expect, it } from 'vitest'

import { dateSortKey, parsePartialDate, precisionOf } from './dates'

describe('partial dates', () => {
  it('reads years, months and days', () => {
    expect(parsePartialDate('1689')).toEqual({ year: 1689, month: undefined, day: undefined })
    expect(parsePartialDate('1864-10')).toEqual({ year: 1864, month: 10, day: undefined })
    expect(parsePartialDate('1881-02-24')).toEqual({ year: 1881, month: 2, day: 24 })
  })
  it('refuses impossible or malformed dates', () => {
    expect(parsePartialDate('1864-13')).toBeNull()
    expect(parsePartialDate('1863-02-29')).toBeNull()
    expect(parsePartialDate('Oct 1864')).toBeNull()
    expect(parsePartialDate('18 64')).toBeNull()
  })
  it('accepts a leap day in a leap year', () => {
    expect(parsePartialDate('1864-02-29')).not.toBeNull()
  })
  it('orders a year before its months and days', () => {
    const keys = ['1864-10-07', '1864', '1864-10', '1689'].map((d) => dateSortKey(parsePartialDate(d)!))
    expect([...keys].sort((a, b) => a - b)).toEqual([keys[3], keys[1], keys[2], keys[0]])
  })
  it('derives the precision from the written form', () => {
    expect(precisionOf(parsePartialDate('1864')!)).toBe('year')
    expect(precisionOf(parsePartialDate('1864-10-07')!)).toBe('day')
  })
})
