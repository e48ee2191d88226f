import { describe, expect, it } from 'vitest'

import { citationDedupKey, dedupKey, referenceKeys } from './dedup'

/** A stored citation record, as collections/citations keeps it. */
const record = (issued: null | string, extra: Parameters<typeof citationDedupKey>[0] = {}) => ({
  authors: [{ family: 'Orlov', literal: null, romanized: null }],
  title: { original: 'The Argun Frontier Posts' },
  issued,
  ...extra,
})

describe('citationDedupKey (the key stored on records and looked up by imports)', () => {
  it('tells editions of different years apart', () => {
    expect(citationDedupKey(record('1994'))).not.toBe(citationDedupKey(record('2003')))
  })

  it('is the planner’s dedupKey for the same work, so an import finds what an earlier one stored', () => {
    expect(citationDedupKey(record('1994-05-01'))).toBe(dedupKey({ authors: ['Orlov'], title: 'The Argun Frontier Posts', year: 1994 }))
    expect(citationDedupKey(record(null))).toBe(dedupKey({ authors: ['Orlov'], title: 'The Argun Frontier Posts' }))
  })

  it('takes the first author by family name, else the literal or romanized name', () => {
    const literal = record('1994', { authors: [{ family: null, literal: '左宗棠' }, { family: 'Orlov' }] })
    expect(citationDedupKey(literal)).toBe(dedupKey({ authors: ['左宗棠'], title: 'The Argun Frontier Posts', year: 1994 }))
    const romanized = record('1994', { authors: [{ romanized: 'Zuo Zongtang' }] })
    expect(citationDedupKey(romanized)).toBe(dedupKey({ authors: ['Zuo Zongtang'], title: 'The Argun Frontier Posts', year: 1994 }))
    expect(citationDedupKey(romanized)).not.toBe(citationDedupKey(literal))
  })

  it('prefers a valid ISBN over author, title and year; ignores an invalid one', () => {
    const withIsbn = citationDedupKey(record('1994', { isbn: '978-0-521-47771-0' }))
    expect(withIsbn).toBe('isbn:9780521477710')
    expect(citationDedupKey(record('2003', { isbn: '0-521-47771-9', title: { original: 'Another title' } }))).toBe(withIsbn)
    expect(citationDedupKey(record('1994', { isbn: '978-0-521-47771-1' }))).toBe(citationDedupKey(record('1994')))
  })

  it('skips author entries without a name, and takes none when there are no authors', () => {
    const unnamedFirst = record('1994', { authors: [{ family: null, literal: null, romanized: null }, { family: 'Orlov' }] })
    expect(citationDedupKey(unnamedFirst)).toBe(citationDedupKey(record('1994')))
    expect(citationDedupKey({ title: { original: 'Fur Roads' }, issued: '2001' })).toBe('work:|fur roads|2001')
  })

  it('is null for a record without a title', () => {
    expect(citationDedupKey({ authors: [{ family: 'Orlov' }], issued: '1994' })).toBeNull()
  })
})

describe('dedupKey', () => {
  it('tells editions of different years apart and keeps the same edition one work', () => {
    const work = { authors: ['Orlov'], title: 'The Argun Frontier Posts' }
    expect(dedupKey({ ...work, year: 1994 })).toBe(dedupKey({ ...work, year: '1994' }))
    expect(dedupKey({ ...work, year: 1994 })).not.toBe(dedupKey({ ...work, year: 2003 }))
    expect(dedupKey({ ...work, year: 1994 })).not.toBe(dedupKey(work))
  })

  it('ignores accents, case and punctuation but not the words', () => {
    expect(dedupKey({ authors: ['Örlov'], title: 'The Argun Frontier-Posts!', year: 1994 })).toBe(dedupKey({ authors: ['orlov'], title: 'the argun frontier posts', year: 1994 }))
    expect(dedupKey({ authors: ['Orlov'], title: 'The Argun Frontier', year: 1994 })).not.toBe(dedupKey({ authors: ['Orlov'], title: 'The Argun Frontier Posts', year: 1994 }))
    // A run of punctuation and spaces is one word boundary; a missing boundary is a different title.
    expect(dedupKey({ authors: ['Orlov'], title: 'Frontier — Posts', year: 1994 })).toBe(dedupKey({ authors: ['Orlov'], title: 'Frontier Posts', year: 1994 }))
    expect(dedupKey({ title: 'Fur roads' })).not.toBe(dedupKey({ title: 'Furroads' }))
  })

  it('spells the key out: first author, title and year, empty where unknown', () => {
    expect(dedupKey({ authors: ['Orlov', 'Petrova'], title: 'Fur Roads', year: 2001 })).toBe('work:orlov|fur roads|2001')
    expect(dedupKey({ title: 'Fur Roads' })).toBe('work:|fur roads|')
  })
})

describe('referenceKeys (every key a record can be matched under)', () => {
  const orlov = { authors: [{ family: 'Orlov' }], title: { original: 'The Argun Frontier Posts' }, issued: '1994' }

  it('matches ISBN-10 and ISBN-13 of one book, and a DOI in any case', () => {
    const tenDigits = referenceKeys({ ...orlov, isbn: '0-521-47771-9' })
    const thirteen = referenceKeys({ title: { original: 'Another title' }, isbn: '9780521477710' })
    expect(tenDigits.filter((key) => thirteen.includes(key))).toEqual(['isbn:9780521477710'])
    expect(referenceKeys({ ...orlov, doi: '10.1017/ABC' })).toContain('doi:10.1017/abc')
  })

  it('keeps the author, title and year key beside the ISBN, so a reference without one finds the record', () => {
    expect(referenceKeys({ ...orlov, isbn: '0-521-47771-9' })).toContain(citationDedupKey(orlov))
    expect(referenceKeys({ ...orlov, issued: '2003' })).not.toContain(citationDedupKey(orlov))
  })

  it('meets a Chinese work cited with its romanized name and title, and traditional with simplified characters', () => {
    const cited = { authors: [{ literal: '王柯', romanized: 'Wang Ke' }], title: { original: '國際政治視野下的新疆建省', romanized: 'Guoji zhengzhi shiye xia de Xinjiang jiansheng' }, issued: '2001' }
    const chinese = { authors: [{ literal: '王柯' }], title: { original: '国际政治视野下的新疆建省' }, issued: '2001' }
    const english = { authors: [{ family: 'Wang Ke' }], title: { original: 'Guoji zhengzhi shiye xia de Xinjiang jiansheng' }, issued: '2001' }
    expect(referenceKeys(cited).some((key) => referenceKeys(chinese).includes(key))).toBe(true)
    expect(referenceKeys(cited).some((key) => referenceKeys(english).includes(key))).toBe(true)
    expect(referenceKeys(chinese).some((key) => referenceKeys(english).includes(key))).toBe(false)
  })

  it('gives an unresolved short note one key of its own', () => {
    expect(referenceKeys({ shortForm: { kind: 'author', family: 'Kang', year: '2013', shortTitle: null }, title: { original: 'Kang 2013, p. 1.' } })).toEqual(['short:kang|2013|'])
  })
})
