import { describe, expect, it } from 'vitest'

import { workSearchQuery, workSearchText, type WorkSearchRecord } from './workSearch'

/** Whether a query finds the work as Payload's `like` does: every word of the query somewhere in the text. */
const finds = (work: WorkSearchRecord, typed: string) => {
  const text = workSearchText(work)
  return workSearchQuery(typed).split(' ').every((word) => text.includes(word))
}

const kang: WorkSearchRecord = { authors: [{ family: 'Kang', given: 'David C.' }], title: { original: 'East Asia before the West', translated: '西方之前的东亚' }, issued: '2010', isbn: '978-0-231-15318-8' }
const ma: WorkSearchRecord = { authors: [{ family: '馬', given: '大正', romanized: 'Ma Dazheng' }], title: { original: '清代的西北邊疆', romanized: 'Qingdai de xibei bianjiang', translated: 'The northwest frontier under the Qing' }, issued: '1999-06' }
const weiYuan: WorkSearchRecord = { authors: [{ literal: '魏源' }], title: { original: '聖武記' }, issued: '1984' }

describe('work search', () => {
  it('finds a work by family or given name, in either order, with the year', () => {
    expect(finds(kang, 'Kang')).toBe(true)
    expect(finds(kang, 'david kang')).toBe(true)
    expect(finds(kang, 'Kang 2010')).toBe(true)
    expect(finds(kang, 'Kang 2011')).toBe(false)
  })
  it('finds a Chinese name from any part of it, written without spaces, in either script', () => {
    expect(finds(ma, '马大正')).toBe(true)
    expect(finds(ma, '大正')).toBe(true)
    expect(finds(ma, '馬大正')).toBe(true)
    expect(finds(ma, 'Ma Dazheng')).toBe(true)
    expect(finds(ma, '马1999')).toBe(true)
    expect(finds(ma, '马大龙')).toBe(false)
  })
  it('finds a name in characters by its pinyin when no romanization is recorded', () => {
    expect(finds(weiYuan, 'Wei Yuan')).toBe(true)
    expect(finds(weiYuan, 'weiyuan 1984')).toBe(true)
  })
  it('finds a title original, romanized or translated, and any part of a Chinese title', () => {
    expect(finds(kang, 'before the west')).toBe(true)
    expect(finds(kang, '东亚')).toBe(true)
    expect(finds(ma, '西北边疆')).toBe(true)
    expect(finds(ma, 'xibei')).toBe(true)
    expect(finds(ma, 'northwest frontier')).toBe(true)
    expect(finds(weiYuan, '圣武记')).toBe(true)
  })
  it('finds a book by its ISBN-13 or ISBN-10, with or without hyphens, however hyphenated', () => {
    for (const typed of ['9780231153188', '978-0-231-15318-8', '978-0231153188', '023115318X', '0-231-15318-x', 'ISBN 0 231 15318 X']) expect(finds(kang, typed), typed).toBe(true)
    expect(finds(kang, '9780231153195')).toBe(false)
    expect(finds(kang, '978-0-231')).toBe(true)
  })
  it('keeps an ISBN that does not parse as its digits', () => expect(workSearchText({ title: { original: 'x' }, isbn: '978-0-00-000000-1' })).toContain('9780000000001'))
})
