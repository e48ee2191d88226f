import { describe, expect, it } from 'vitest'

import { joinTitles, titleIn } from './listTitle'

describe('list titles across locales', () => {
  it('gives the title of the locale asked for', () => {
    const joined = joinTitles({ en: 'The Ili crisis', zh: '伊犁危机' })
    expect(titleIn(joined, 'en')).toBe('The Ili crisis')
    expect(titleIn(joined, 'zh')).toBe('伊犁危机')
  })

  it('falls back to the other locale when one has no title', () => {
    expect(titleIn(joinTitles({ zh: '塔城' }), 'en')).toBe('塔城')
    expect(titleIn(joinTitles({ en: 'Tacheng', zh: '' }), 'zh')).toBe('Tacheng')
  })

  it('keeps a title with a line break on its line, and has nothing when no locale has a title', () => {
    expect(titleIn(joinTitles({ en: 'Two\nlines', zh: '二' }), 'zh')).toBe('二')
    expect(titleIn(joinTitles({}), 'en')).toBeUndefined()
    expect(titleIn(null, 'en')).toBeUndefined()
  })
})
