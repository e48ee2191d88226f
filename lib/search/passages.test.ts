import { describe, expect, it } from 'vitest'

import { passageNaming } from './passages'

describe('passageNaming', () => {
  const passages = ['The envoy left the capital in spring.', 'A local beg sent tribute to the garrison.', 'Later the army of Yakub Beg crossed the pass at the head of the valley.']

  it('finds the first passage naming the entity whole and marks the name', () => {
    const snippet = passageNaming(passages, ['Yakub Beg', '阿古柏'])!
    expect(snippet).toContain('<mark>Yakub</mark>')
    expect(snippet).toContain('crossed the pass')
    expect(snippet).not.toContain('tribute')
  })

  it('finds Chinese names in either script and marks them', () => {
    const snippet = passageNaming(['左宗棠率軍出關，收復伊犁。'], ['Zuo Zongtang', '左宗棠'])!
    expect(snippet).toContain('<mark>左宗棠</mark>')
  })

  it('gives nothing when no passage names it', () => {
    expect(passageNaming(passages, ['Tarbagatai', '塔尔巴哈台'])).toBeNull()
    expect(passageNaming(passages, [])).toBeNull()
  })
})
