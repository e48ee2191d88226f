import { describe, expect, it } from 'vitest'

import { dedupKey } from './dedup'
import { checkIsbn } from './isbn'

describe('checkIsbn', () => {
  it('normalizes ISBN-10 and ISBN-13 in their written forms to one ISBN-13', () => {
    const forms = ['0-521-47771-9', '0521477719', 'ISBN 978-0-521-47771-0', '978 0 521 47771 0', 'ISBN-13: 9780521477710', 'ISBN9780521477710', 'ISBN:978-0-521-47771-0', '  isbn  0-521-47771-9 ']
    for (const form of forms) {
      const check = checkIsbn(form)
      expect(check.ok, form).toBe(true)
      if (check.ok) expect(check.isbn13).toBe('9780521477710')
    }
  })
  it('refuses a wrong check digit or length with a message that quotes the input', () => {
    const wrongDigit = checkIsbn('978-0-521-47771-1')
    expect(wrongDigit.ok).toBe(false)
    if (!wrongDigit.ok) expect(wrongDigit.reason).toContain('978-0-521-47771-1')
    expect(checkIsbn('  978-0-521-47771-1 ')).toEqual({ ok: false, reason: 'ISBN check digit wrong: "978-0-521-47771-1" (its other digits call for 0).' })
    expect(checkIsbn('0-521-47771-8')).toEqual({ ok: false, reason: 'ISBN check digit wrong: "0-521-47771-8" (its other digits call for 9).' })
    expect(checkIsbn('12345')).toEqual({ ok: false, reason: 'ISBN "12345" has the wrong length (an ISBN has 10 or 13 digits).' })
  })
})

describe('dedupKey', () => {
  it('treats two forms of one ISBN as one work', () => {
    expect(dedupKey({ isbn: '0-521-47771-9', title: 'A History of the Peoples of Siberia' })).toBe(
      dedupKey({ isbn: '9780521477710', title: 'different title text' }),
    )
  })
  it('falls back to author, title and year, ignoring case, accents and punctuation', () => {
    const a = dedupKey({ authors: ['Forsyth'], title: 'A History of the Peoples of Siberia', year: 1994 })
    const b = dedupKey({ authors: ['FORSYTH'], title: 'A history of the peoples of Siberia.', year: '1994' })
    expect(a).toBe(b)
    expect(dedupKey({ authors: ['Forsyth'], title: 'A History of the Peoples of Siberia', year: 1992 })).not.toBe(a)
  })
  it('has no key without a title or ISBN', () => {
    expect(dedupKey({ authors: ['Forsyth'] })).toBeNull()
  })
})
