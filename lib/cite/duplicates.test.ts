import { describe, expect, it } from 'vitest'

import { duplicateReason } from './duplicates'

const person = (family: string, extra: Record<string, string> = {}) => ({ family, ...extra })

describe('duplicateReason', () => {
  it('matches an ISBN-10 with the same book’s ISBN-13, whatever the titles say', () => {
    expect(duplicateReason({ isbn: '0-521-47771-9', title: { original: 'A History of the Peoples of Siberia' } }, { isbn: '978-0-521-47771-0', title: { original: 'Peoples of Siberia' } })).toBe('isbn')
  })

  it('never calls two different valid ISBNs (two editions) duplicates', () => {
    const a = { isbn: '978-0-521-47771-0', authors: [person('Forsyth')], title: { original: 'A History of the Peoples of Siberia' }, issued: '1992' }
    const b = { ...a, isbn: '978-0-674-01684-2' }
    expect(duplicateReason(a, b)).toBeNull()
  })

  it('matches DOIs case-insensitively and through the resolver prefix', () => {
    expect(duplicateReason({ doi: 'https://doi.org/10.1017/S0026749X00012345', title: { original: 'A' } }, { doi: '10.1017/s0026749x00012345', title: { original: 'B' } })).toBe('doi')
  })

  it('matches the same family name, title and year, in either script form the record carries', () => {
    const english = { authors: [person('Wei', { literal: '魏源', romanized: 'Wei Yuan' })], title: { original: '聖武記', romanized: 'Shengwu ji' }, issued: '1842' }
    const chinese = { authors: [{ literal: '魏源' }], title: { original: '圣武记' }, issued: '1842' }
    expect(duplicateReason(english, chinese)).toBe('names-title-year')
    expect(duplicateReason({ authors: [person('Perdue')], title: { original: 'China Marches West' }, issued: '2005' }, { authors: [person('Perdue', { given: 'Peter C.' })], title: { original: 'China marches west.' }, issued: '2005-04' })).toBe('names-title-year')
  })

  it('flags another romanization or a subtitle as similar, not the same key', () => {
    const a = { authors: [person('Wei')], title: { original: 'Sheng wu ji' }, issued: '1842' }
    const b = { authors: [person('Wei')], title: { original: 'Shengwuji: juan 1–4' }, issued: '1842' }
    expect(duplicateReason(a, b)).toBe('similar')
    const russian = { authors: [person('Александров')], title: { original: 'Россия на дальневосточных рубежах' }, issued: '1969' }
    expect(duplicateReason(russian, { ...russian, title: { original: 'Россия на дальневосточных рубежах: вторая половина XVII в.' } })).toBe('similar')
  })

  it('keeps apart works by other authors, of other years or with other titles', () => {
    const a = { authors: [person('Perdue')], title: { original: 'China Marches West' }, issued: '2005' }
    expect(duplicateReason(a, { ...a, authors: [person('Millward')] })).toBeNull()
    expect(duplicateReason(a, { ...a, issued: '2010' })).toBeNull()
    expect(duplicateReason(a, { ...a, title: { original: 'Exhausting the Earth' } })).toBeNull()
  })
})
