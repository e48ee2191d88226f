import { describe, expect, it } from 'vitest'

import { dateRangeParts, dateSortKey, parsePartialDate, precisionOf } from './dates'

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

describe('date ranges as readers see them', () => {
  it('gives a span once, without a bracket that restates its years', () => {
    expect(dateRangeParts({ date: '1639', originalText: '1639-1643' }, { date: '1643', originalText: '1639-1643' })).toEqual({ start: '1639', end: '1643', original: null })
    expect(dateRangeParts({ date: '1723', originalText: '1723 – 1730' }, { date: '1730', originalText: null })).toEqual({ start: '1723', end: '1730', original: null })
  })
  it('keeps a reign-era form, once for a span that came from one text', () => {
    expect(dateRangeParts({ date: '1876', originalText: '光绪二年至三年' }, { date: '1877', originalText: '光绪二年至三年' })).toEqual({ start: '1876', end: '1877', original: '光绪二年至三年' })
    expect(dateRangeParts({ date: '1881', originalText: '光绪七年' }, null)).toEqual({ start: '1881', end: null, original: '光绪七年' })
  })
  it('gives one date when both ends are the same, and the original alone when there is no Gregorian date', () => {
    expect(dateRangeParts({ date: '1864' }, { date: '1864' })).toEqual({ start: '1864', end: null, original: null })
    expect(dateRangeParts({ date: null, originalText: '同治年间' }, null)).toEqual({ start: null, end: null, original: '同治年间' })
  })
})
