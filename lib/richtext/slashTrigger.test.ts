import { describe, expect, it } from 'vitest'

import { MENU_OPENER, slashOpensMenuAfterPunctuation, withoutMenuOpeners } from './slashTrigger'

describe('slashOpensMenuAfterPunctuation', () => {
  it.each([['ceded in 1864.'], ['the frontier,'], ['“so it was”'], ['(as the envoys wrote)'], ['伊犁于1881年收回。'], ['伊犁于1881年收回，'], ['《清史稿》'], ['and so on…']])(
    'opens after the punctuation that ends a claim: %j',
    (text) => {
      expect(slashOpensMenuAfterPunctuation(text)).toBe(true)
    },
  )

  it.each([['and'], ['1864'], ['伊犁'], ['https:'], ['https:/'], [''], ['ends with a space ']])('leaves the rest to the menu’s own rule or to the text: %j', (text) => {
    expect(slashOpensMenuAfterPunctuation(text)).toBe(false)
  })
})

describe('MENU_OPENER', () => {
  it('reads as the whitespace before a trigger to a regular expression, and is removed from saved text', () => {
    expect(/(^|\s)\/$/.test(`in 1864.${MENU_OPENER}/`)).toBe(true)
    expect(withoutMenuOpeners(`in 1864.${MENU_OPENER}/ and 伊犁。${MENU_OPENER}`)).toBe('in 1864./ and 伊犁。')
  })
})
