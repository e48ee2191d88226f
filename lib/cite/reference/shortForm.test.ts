import { describe, expect, it } from 'vitest'

import { parseReference } from '.'

const read = (written: string) => {
  const { shortForm, locator } = parseReference(written, /\p{Script=Han}/u.test(written) ? 'zh' : 'en')
  return { shortForm, locator }
}

describe('short notes and locators', () => {
  it.each([
    ['Ibid.', { kind: 'ibid' }, null],
    ['Ibid., 45.', { kind: 'ibid' }, { locatorType: 'page', locator: '45' }],
    ['Ibid., fol. 12v.', { kind: 'ibid' }, { locatorType: 'folio', locator: '12v' }],
    ['同上。', { kind: 'ibid' }, null],
    ['同上，第5章。', { kind: 'ibid' }, { locatorType: 'chapter', locator: '5' }],
    ['前揭《圣武记》，卷三，页四。', { kind: 'title', shortTitle: '圣武记' }, { locatorType: 'folio', locator: '卷三，页四' }],
    ['魏源前揭书，第20页。', { kind: 'author', family: '魏源', year: null, shortTitle: null }, { locatorType: 'page', locator: '20' }],
    ['Perdue, op. cit., p. 12.', { kind: 'author', family: 'Perdue', year: null, shortTitle: null }, { locatorType: 'page', locator: '12' }],
    ['Kang (2013), § 4.2.', { kind: 'author', family: 'Kang', year: '2013', shortTitle: null }, { locatorType: 'section', locator: '4.2' }],
    ['Andrade p. 225-230.', { kind: 'author', family: 'Andrade', year: null, shortTitle: null }, { locatorType: 'page', locator: '225-230' }],
    ['Perdue, China Marches West, 112–14.', { kind: 'author', family: 'Perdue', year: null, shortTitle: 'China Marches West' }, { locatorType: 'page', locator: '112–14' }],
    ['Millward and Newby 2006, 120.', { kind: 'author', family: 'Millward', year: '2006', shortTitle: null }, { locatorType: 'page', locator: '120' }],
  ] as const)('%s', (written, shortForm, locator) => {
    expect(read(written)).toEqual({ shortForm, locator })
  })

  it('reads a lone word or a full reference as no short note', () => {
    expect(read('Andrade.').shortForm).toBeNull()
    expect(read('Forsyth, James (1994). A History of the Peoples of Siberia. Cambridge University Press.').shortForm).toBeNull()
  })
})
