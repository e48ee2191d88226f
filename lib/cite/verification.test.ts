import { describe, expect, it } from 'vitest'

import { latestVerification, verificationText } from './verification'

describe('verificationText', () => {
  it('says which edition and pages, with an en dash between page numbers', () => {
    expect(verificationText({ edition: '1998', pages: '12-40' }, 'en')).toBe('Verified by a historian against the 1998 edition, pp. 12–40')
    expect(verificationText({ edition: '2nd ed.', pages: '7' }, 'en')).toBe('Verified by a historian against the 2nd ed., p. 7')
    expect(verificationText({}, 'en')).toBe('Verified by a historian')
  })

  it('says it in Chinese', () => {
    expect(verificationText({ edition: '1998', pages: '12-40' }, 'zh')).toBe('经史学者核对原书：1998 年版，第 12–40 页')
    expect(verificationText({ edition: '中华书局点校本' }, 'zh')).toBe('经史学者核对原书：中华书局点校本版')
    expect(verificationText({ edition: '第二版' }, 'zh')).toBe('经史学者核对原书：第二版')
    expect(verificationText({ pages: ' ' }, 'zh')).toBe('经史学者核对原书')
  })
})

describe('latestVerification', () => {
  it('takes the most recent check, or none', () => {
    const rows = [
      { edition: '1984', at: '2026-01-02T00:00:00.000Z' },
      { edition: '1998', at: '2026-03-01T00:00:00.000Z' },
      { edition: '1990', at: '2026-02-01T00:00:00.000Z' },
    ]
    expect(latestVerification(rows)?.edition).toBe('1998')
    expect(latestVerification([])).toBeNull()
    expect(latestVerification(null)).toBeNull()
  })
})
