import { describe, expect, it } from 'vitest'

import { numberedSlug, slugify } from './slug'

describe('slugify', () => {
  it('romanizes Chinese titles to toneless pinyin', () => {
    expect(slugify('伊犁')).toBe('yi-li')
    expect(slugify('清军收复新疆之战')).toBe('qing-jun-shou-fu-xin-jiang-zhi-zhan')
  })
  it('keeps Latin titles readable and drops punctuation', () => {
    expect(slugify('Sino-Russian border conflicts (1652–1689)')).toBe('sino-russian-border-conflicts-1652-1689')
    expect(slugify('Treaty of Nerchinsk!')).toBe('treaty-of-nerchinsk')
  })
  it('transliterates Kazakh Cyrillic', () => {
    expect(slugify('Ақтабан шұбырынды')).toBe('akhtaban-shubyryndy')
  })
  it('handles mixed scripts and stays bounded', () => {
    expect(slugify('Ili 伊犁 crisis')).toBe('ili-yi-li-crisis')
    expect(slugify('x'.repeat(300))).toBe('x'.repeat(96))
    // Cut at 96 characters, never ending on a hyphen.
    expect(slugify('Ili crisis '.repeat(20))).toBe('ili-crisis-'.repeat(8) + 'ili-cris')
  })
  it('is empty for a title with no letters or digits (the field then stays empty rather than invent one)', () => {
    expect(slugify('!!! — ???')).toBe('')
    expect(slugify('')).toBe('')
  })
  it('numbers a taken slug', () => {
    expect(numberedSlug('albazin', 1)).toBe('albazin')
    expect(numberedSlug('albazin', 3)).toBe('albazin-3')
  })
})
