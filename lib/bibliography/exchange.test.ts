import { describe, expect, it } from 'vitest'

import { citationDedupKey } from '@/lib/cite/dedup'
import { cslToRecord, detectFormat, ExchangeInputError, readBibliography, writeBibliography, type ExchangeRecord } from './exchange'

const record = (overrides: Partial<ExchangeRecord>): ExchangeRecord => ({
  type: 'book',
  authors: [],
  title: { original: 'Untitled' },
  ...overrides,
})

const WORKS: ExchangeRecord[] = [
  record({ authors: [{ family: 'Morrison', given: 'Alexander', role: 'author' }], title: { original: 'The Russian Conquest of Central Asia' }, publisher: 'Cambridge University Press', publisherPlace: 'Cambridge', issued: '2020', isbn: '978-1-107-03030-5' }),
  record({ authors: [{ literal: '魏源', role: 'author' }], title: { original: '聖武記' }, publisher: '中华书局', publisherPlace: '北京', issued: '1984', language: 'zh' }),
  record({ type: 'article-journal', authors: [{ family: 'Бартольд', given: 'Василий', role: 'author' }, { family: 'Perdue', given: 'Peter C.', role: 'editor' }], title: { original: 'История культурной жизни Туркестана' }, containerTitle: 'Вестник', volume: '3', issue: '2', pages: '45-67', issued: '1927-05', doi: '10.1234/vest.1927.3' }),
]

const shape = (work: ExchangeRecord) => ({
  key: citationDedupKey(work),
  type: work.type,
  authors: work.authors.map((author) => [author.family ?? author.literal, author.given ?? null, author.role]),
  publisher: work.publisher ?? null,
  issued: work.issued ?? null,
  pages: work.pages ?? null,
  doi: work.doi ?? null,
})

describe('writeBibliography → readBibliography', () => {
  it.each(['bibtex', 'ris', 'csl-json'] as const)('gives back the same works (authors, editors, title, year, ISBN, DOI) through %s', async (format) => {
    const text = writeBibliography(WORKS, format)
    expect(detectFormat(text)).toBe(format)
    const back = (await readBibliography(text, format)).map(cslToRecord)
    // RIS has no editor tag for a journal article (citation-js's RIS mapping writes none): that name stays behind.
    const carried = format === 'ris' ? WORKS.map((work) => (work.type === 'article-journal' ? { ...work, authors: work.authors.filter((author) => author.role !== 'editor') } : work)) : WORKS
    expect(back.map(shape)).toEqual(carried.map(shape))
  })

  it('writes readable citation keys', () => {
    expect(writeBibliography(WORKS.slice(0, 1), 'bibtex')).toMatch(/^@book\{Morrison2020,/)
  })
})

describe('readBibliography refuses malformed input, naming where', () => {
  const refusal = async (text: string) => {
    try {
      await readBibliography(text).then((items) => items.map(cslToRecord))
    } catch (error) {
      expect(error).toBeInstanceOf(ExchangeInputError)
      return (error as Error).message
    }
    throw new Error('accepted')
  }
  it('BibTeX with the line of a syntax error', async () => {
    expect(await refusal('@book{a,\n  title = {A},\n  year = {2020}\n}\n@book{b,\n  title = {B}\n  year = {2021}\n}')).toMatch(/^BibTeX: .*line 7/)
  })
  it('RIS with the line that is not a tag, or a record left open', async () => {
    expect(await refusal('TY  - BOOK\nTI  - 西域图志\nthis is not a tag\nER  - ')).toMatch(/^RIS line 3:/)
    expect(await refusal('TY  - BOOK\nTI  - Open')).toMatch(/no end/)
  })
  it('CSL-JSON with the line of a JSON error or the item and field missing', async () => {
    expect(await refusal('[\n  {"type": "book",\n   "title": "x",}\n]')).toMatch(/^CSL-JSON line 3/)
    expect(await refusal('[{"type": "book", "title": "A"}, {"type": "book"}]')).toBe('CSL-JSON item 2: the field "title" is missing or not text.')
  })
  it('an ISBN whose check digit is wrong, naming the entry', async () => {
    expect(await refusal('@book{kang2013,\n  title = {Frontier},\n  isbn = {978-1-107-03030-6}\n}')).toMatch(/^kang2013 \(“Frontier”\): ISBN 978-1-107-03030-6: /)
  })
  it('text in none of the formats, or none at all', async () => {
    expect(await refusal('Morrison, Alexander. The Russian Conquest.')).toMatch(/not BibTeX/)
    expect(await refusal('  ')).toMatch(/empty/)
  })
})
