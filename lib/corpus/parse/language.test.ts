import { describe, expect, it } from 'vitest'

import { detectLanguage } from '@/lib/corpus/parse/language'

describe('detectLanguage', () => {
  it('takes a text Han characters carry for Chinese, even with Latin names and numbers in it', () => {
    expect(detectLanguage('1881年，清朝与俄国签订《伊犁条约》（Treaty of Saint Petersburg）。')).toBe('zh')
    expect(detectLanguage('伊犁 Ili')).toBe('zh')
  })

  it('takes a mostly Latin text for English though it quotes a Chinese name, and mostly Cyrillic for Russian', () => {
    expect(detectLanguage('The Treaty of Saint Petersburg (伊犁条约) returned most of the Ili valley to the Qing in 1881.')).toBe('en')
    expect(detectLanguage('Петербургский договор 1881 года вернул Китаю большую часть Илийского края (Ili).')).toBe('ru')
    expect(detectLanguage('Ili valley Кульджа')).toBe('en')
    expect(detectLanguage('Ili Кульджа')).toBe('ru')
    expect(detectLanguage('1881')).toBe('en')
  })

  it('does not count the letters of link addresses', () => {
    const links = '[伊犁](https://en.wikipedia.org/wiki/Treaty_of_Saint_Petersburg_1881_and_the_Ili_crisis_of_the_Qing) '
    expect(detectLanguage(links.repeat(3))).toBe('zh')
    expect(detectLanguage(`伊犁 (https://en.wikipedia.org/wiki/Treaty_of_Saint_Petersburg_1881)`)).toBe('zh')
  })
})

describe('detectLanguage at its edges', () => {
  it('takes a text for Chinese when it has a third as many Han characters as letters, Cyrillic counted with Latin', () => {
    expect(detectLanguage('伊犁 abcdef')).toBe('zh')
    expect(detectLanguage('伊犁 abcdefg')).toBe('en')
    expect(detectLanguage('伊 абв a')).toBe('ru')
  })

  it('drops bare http and https addresses and Markdown link targets, keeping the link label', () => {
    expect(detectLanguage('伊犁 (http://example.org/a-very-long-address-with-many-latin-letters)')).toBe('zh')
    expect(detectLanguage('伊犁 http://example.org/a-very-long-address-with-many-latin-letters')).toBe('zh')
    expect(detectLanguage('[Treaty of Saint Petersburg](伊犁条约)')).toBe('en')
  })
})
