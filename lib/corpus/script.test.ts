import { describe, expect, it } from 'vitest'

import { languageCodeOf, languageOfName, scriptOf, toSimplified } from '@/lib/corpus/script'

describe('scripts and languages of names', () => {
  it('tells the script of a name by its letters, traditional Han by what simplification changes', () => {
    expect(['伊犁', '伊犂將軍', 'Кульджа', 'ᡳᠯᡳ', 'غۇلجا', 'Kuldja', '1881'].map(scriptOf)).toEqual(['Hans', 'Hant', 'Cyrl', 'Mong', 'Arab', 'Latn', 'Latn'])
    expect(toSimplified('浩罕汗國')).toBe('浩罕汗国')
  })

  it('takes Han names for Chinese, Cyrillic for Kazakh when a letter Russian lacks is there, else Russian', () => {
    expect(languageOfName('伊犂', 'en')).toBe('zh')
    expect(languageOfName('伊犁', 'en')).toBe('zh')
    expect(languageOfName('Абылай хан', 'en')).toBe('ru')
    expect(languageOfName('Абылай ханның', 'en')).toBe('kk')
    expect(languageOfName('Ablai Khan', 'zh')).toBe('zh')
    expect(languageOfName('Ablai Khan', 'en')).toBe('en')
  })

  it('maps the language names sources write to language codes, whatever their case and spacing', () => {
    expect([' Russian ', 'KAZAKH', 'Manchu', 'Oirat', 'Chagatai', 'chinese', 'English'].map(languageCodeOf)).toEqual(['ru', 'kk', 'mnc', 'xal', 'ug', 'zh', 'en'])
    expect(languageCodeOf('Klingon')).toBeNull()
  })
})
