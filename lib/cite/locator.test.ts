import { describe, expect, it } from 'vitest'

import { takeLocator, takeTrailingPage } from './reference/locator'
import { checkLocator } from './locator'

describe('checkLocator', () => {
  it.each([
    ['page', '45'],
    ['page', '225–230'],
    ['page', '225-30'],
    ['page', 'xii'],
    ['page', 'XIV–XX'],
    ['page', '45n3'],
    ['page', '45 n. 3'],
    ['page', '12 ff.'],
    ['page', '45, 47; 50–52'],
    ['page', '12、15'],
    ['page', '十二至十五'],
    ['chapter', '3'],
    ['chapter', 'IV'],
    ['chapter', '3.2'],
    ['chapter', '十二'],
    ['section', '§ 4'],
    ['section', '3.2.1'],
    ['folio', '12r'],
    ['folio', '12v–13r'],
    ['folio', '12 об.'],
    ['folio', '卷三，页五'],
    ['folio', '卷3，第5页'],
    ['line', '12–15'],
    ['note', '3'],
  ] as const)('accepts the %s locator %s', (type, locator) => expect(checkLocator(locator, type)).toEqual({ ok: true }))

  it('reads a locator sent as a number and refuses one that is not text, without failing', () => {
    expect(checkLocator(45, 'page')).toEqual({ ok: true })
    expect(checkLocator({ page: 45 }, 'page')).toEqual({ ok: false, reason: "The citation's locator must be text, such as 45–47." })
  })

  it('accepts no locator at all', () => {
    expect(checkLocator('', 'page').ok).toBe(true)
    expect(checkLocator(null, null).ok).toBe(true)
  })

  it.each([
    ['page', 'see the introduction'],
    ['page', 'somewhere in the middle'],
    ['page', '45–'],
    ['chapter', 'the last one'],
    ['folio', 'https://example.com/scan'],
    ['page', '请参见前言'],
  ] as const)('refuses the %s locator “%s”, saying what a locator looks like', (type, locator) => {
    const check = checkLocator(locator, type)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.reason).toMatch(new RegExp(`“${locator.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}” is not a ${type} form\\. Write it as`))
  })

  it('tells a locator typed with its label to drop the label', () => {
    const english = checkLocator('pp. 45–47', 'page')
    expect(english).toEqual({ ok: false, reason: 'The citation\'s locator “pp. 45–47” is not a page form. Write only “45–47”: the locator type says it is a page.' })
    const chinese = checkLocator('第225页', 'page')
    expect(!chinese.ok && chinese.reason).toContain('Write only “225”')
  })

  it('passes every locator the importer reads out of a note', () => {
    const notes = [
      'Perdue, China Marches West, pp. 45-47.',
      'Kang, East Asia, p. 12 ff.',
      'Millward, Beyond the Pass, chap. 4.',
      'Archive of the Russian Empire, fols. 12r-13v.',
      'Opis 3, Л. 12 об.',
      'Сборник договоров, С. 112–118.',
      '魏源：《圣武记》，卷三，页五。',
      '马大正：《清代的西北边疆》，第12页。',
      '《平定准噶尔方略》，第十二章。',
      'Treaty papers, sec. 3.2.',
    ]
    const read = notes.map((note) => takeLocator(note).locator)
    expect(read.every(Boolean)).toBe(true)
    for (const locator of read) expect(checkLocator(locator!.locator, locator!.locatorType), `${locator!.locatorType} ${locator!.locator}`).toEqual({ ok: true })
    const trailing = takeTrailingPage('Perdue, China Marches West, 45 n. 3.').locator
    expect(checkLocator(trailing!.locator, trailing!.locatorType)).toEqual({ ok: true })
  })
})
