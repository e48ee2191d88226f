import { describe, expect, it } from 'vitest'

import { shortCite, shortCiteHead, type ShortCiteWork } from './shortCite'

const kang: ShortCiteWork = { authors: [{ family: 'Kang', given: 'David C.' }], title: { original: 'East Asia before the West' }, issued: '2013-05', language: 'en' }
const kangZh: ShortCiteWork = { authors: [{ family: '康', given: '右铭', romanized: 'Kang Youming' }], title: { original: '清代西北边疆研究' }, issued: '2013' }
const weiYuan: ShortCiteWork = { authors: [{ literal: '魏源', romanized: 'Wei Yuan' }], title: { original: '聖武記', romanized: 'Shengwu ji' }, issued: '1984', language: 'zh' }

describe('shortCiteHead', () => {
  it('gives the family name and year of an English work', () => expect(shortCiteHead(kang)).toEqual({ text: 'Kang 2013', chinese: false }))
  it('gives a Chinese work its author in characters', () => {
    expect(shortCiteHead(kangZh)).toEqual({ text: '康 2013', chinese: true })
    expect(shortCiteHead(weiYuan).text).toBe('魏源 1984')
  })
  it('writes a Chinese author of an English-language work in the romanization', () => {
    expect(shortCiteHead({ ...weiYuan, language: 'en', title: { original: 'Record of military exploits' } }).text).toBe('Wei Yuan 1984')
  })
  it('joins two authors and shortens three or more to the first', () => {
    const two = { ...kang, authors: [{ family: 'Kang' }, { family: 'Perdue' }] }
    expect(shortCiteHead(two).text).toBe('Kang and Perdue 2013')
    expect(shortCiteHead({ ...two, authors: [...two.authors, { family: 'Millward' }] }).text).toBe('Kang et al. 2013')
    expect(shortCiteHead({ ...kangZh, authors: [{ family: '康' }, { family: '马' }] }).text).toBe('康、马 2013')
    expect(shortCiteHead({ ...kangZh, authors: [{ family: '康' }, { family: '马' }, { family: '李' }] }).text).toBe('康等 2013')
  })
  it('falls back on the editors, then on a short title', () => {
    expect(shortCiteHead({ ...kang, authors: [{ family: 'Petrova', role: 'editor' }, { family: 'Orlov', role: 'translator' }] }).text).toBe('Petrova 2013')
    expect(shortCiteHead({ title: { original: 'Treaty of Nerchinsk: the Latin text' }, issued: '1689' }).text).toBe('Treaty of Nerchinsk 1689')
    expect(shortCiteHead({ title: { original: '尼布楚条约' }, issued: '1689' }).text).toBe('《尼布楚条约》 1689')
  })
  it('says "n.d." for an undated English work and leaves the date out in Chinese', () => {
    expect(shortCiteHead({ ...kang, issued: null }).text).toBe('Kang n.d.')
    expect(shortCiteHead({ ...kangZh, issued: '' }).text).toBe('康')
  })
})

describe('shortCite', () => {
  it('adds the pages bare in English, as Chicago cites them', () => {
    expect(shortCite(shortCiteHead(kang), { locator: '225–230', locatorType: 'page' })).toBe('Kang 2013, 225–230')
    expect(shortCite(shortCiteHead(kang), { locator: '45' })).toBe('Kang 2013, 45')
  })
  it('labels the other locators as the site does beside a note', () => {
    expect(shortCite(shortCiteHead(kang), { locator: '3', locatorType: 'chapter' })).toBe('Kang 2013, ch. 3')
    expect(shortCite(shortCiteHead(kang), { locator: '12r', locatorType: 'folio' })).toBe('Kang 2013, fol. 12r')
  })
  it('writes a Chinese work\'s locator in Chinese', () => {
    expect(shortCite(shortCiteHead(kangZh), { locator: '225', locatorType: 'page' })).toBe('康 2013，第225页')
    expect(shortCite(shortCiteHead(weiYuan), { locator: '3', locatorType: 'chapter' })).toBe('魏源 1984，第3章')
  })
  it('gives the head alone without a locator', () => expect(shortCite(shortCiteHead(kang), { locator: '  ' })).toBe('Kang 2013'))
})
