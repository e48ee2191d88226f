import { describe, expect, it } from 'vitest'

import { findQuantities } from './quantities'

/** The figures a reader sees, without offsets. */
const figures = (text: string, language: 'en' | 'zh') =>
  findQuantities(text, language).map(({ noun, value, approximate }) => ({ noun, value, approximate }))

describe('findQuantities in English', () => {
  it('reads head counts by what they count', () => {
    expect(figures('The garrison of 1,200 soldiers lost 300 killed and took 45 prisoners.', 'en')).toEqual([
      { noun: 'troops', value: 1200, approximate: false },
      { noun: 'casualties', value: 300, approximate: false },
      { noun: 'casualties', value: 45, approximate: false },
    ])
    expect(figures('Some 800 refugees crossed; the town had 12000 inhabitants.', 'en')).toEqual([
      { noun: 'people', value: 800, approximate: true },
      { noun: 'population', value: 12000, approximate: false },
    ])
  })

  it('finds the counted noun after a few qualifiers, but not across a preposition', () => {
    expect(figures('He led 4,000 Russian Cossack cavalry south.', 'en')).toEqual([{ noun: 'troops', value: 4000, approximate: false }])
    expect(figures('They marched 600 officers and men.', 'en')).toEqual([{ noun: 'troops', value: 600, approximate: false }])
    expect(figures('It lay 300 years from the troops.', 'en')).toEqual([])
    expect(figures('A wall 200 feet high and many, men', 'en')).toEqual([])
  })

  it('multiplies number words and figures by their scale words', () => {
    expect(figures('About 1.5 million people fled.', 'en')).toEqual([{ noun: 'people', value: 1_500_000, approximate: true }])
    expect(figures('Two hundred thousand troops massed.', 'en')).toEqual([{ noun: 'troops', value: 200_000, approximate: false }])
    expect(figures('A population of ten thousand inhabitants', 'en')).toEqual([{ noun: 'population', value: 10_000, approximate: false }])
    expect(figures('Three soldiers and ten thousand of the people', 'en')).toEqual([{ noun: 'people', value: 10_000, approximate: false }])
  })

  it('keeps the decimals and the scale of a figure for the magnitude checks', () => {
    const [quantity] = findQuantities('A population of 654.38 million people.', 'en')
    expect(quantity).toMatchObject({ noun: 'people', value: 654_380_000, decimals: 2, multiplier: 1e6 })
    expect(findQuantities('The 2,500 troops', 'en')[0]).toMatchObject({ decimals: 0, multiplier: 1 })
  })

  it('marks figures introduced by more than, over, nearly, at least as approximate', () => {
    for (const lead of ['more than', 'over', 'nearly', 'at least', 'approximately', 'up to']) {
      expect(findQuantities(`The rebels had ${lead} 900 horsemen.`, 'en')[0]?.approximate).toBe(true)
    }
    expect(findQuantities('The rebels had 900 horsemen.', 'en')[0]?.approximate).toBe(false)
  })

  it('reads a year before a noun as a year, not a count', () => {
    expect(figures('In 1864 people signed the protocol.', 'en')).toEqual([])
    expect(figures('Since 1871 troops held the valley.', 'en')).toEqual([])
    expect(figures('The army had 1864 troops.', 'en')).toEqual([{ noun: 'troops', value: 1864, approximate: false }])
  })

  it('reads areas in km² and distances in km, converting miles and li', () => {
    expect(figures('A territory of 440,000 square kilometres was ceded.', 'en')).toEqual([{ noun: 'area', value: 440_000, approximate: false }])
    expect(figures('It covers 70 sq km and lies 30 km away, or 60 li.', 'en')).toEqual([
      { noun: 'area', value: 70, approximate: false },
      { noun: 'distance', value: 30, approximate: false },
      { noun: 'distance', value: 30, approximate: false },
    ])
    expect(figures('The post stood 100 miles off, guarding 10 square miles.', 'en')).toEqual([
      { noun: 'distance', value: 160.934, approximate: false },
      { noun: 'area', value: 25.9, approximate: false },
    ])
  })

  it('ignores digits inside a longer token, and number words without a scale word', () => {
    expect(figures('Unit v200 troops, code 1.2.300 men', 'en')).toEqual([])
    expect(figures('One of the soldiers and a few men', 'en')).toEqual([])
  })

  it('reports where each figure and its noun stand in the text', () => {
    const text = 'Then 3,000 Kazakh warriors rode.'
    const [quantity] = findQuantities(text, 'en')
    expect(text.slice(quantity?.start, quantity?.end)).toBe('3,000 Kazakh warriors')
    const areaText = 'A strip of 5 km² only'
    const [area] = findQuantities(areaText, 'en')
    expect(areaText.slice(area?.start, area?.end)).toBe('5 km²')
  })
})

describe('findQuantities in Chinese', () => {
  it('reads Arabic and Chinese numerals with 万 and 亿', () => {
    expect(figures('清军三千人，200余伤亡。', 'zh')).toEqual([
      { noun: 'people', value: 3000, approximate: false },
      { noun: 'casualties', value: 200, approximate: true },
    ])
    expect(figures('割地四十四万平方公里，人口1.2亿。', 'zh')).toEqual([{ noun: 'area', value: 440_000, approximate: false }])
    expect(figures('骑兵两万余骑', 'zh')).toEqual([{ noun: 'troops', value: 20_000, approximate: true }])
  })

  it('knows what each unit counts', () => {
    expect(figures('士兵五百名', 'zh')).toEqual([{ noun: 'people', value: 500, approximate: false }])
    expect(figures('五百士兵', 'zh')).toEqual([{ noun: 'troops', value: 500, approximate: false }])
    expect(figures('一千户', 'zh')).toEqual([{ noun: 'people', value: 1000, approximate: false }])
    expect(figures('官兵八百', 'zh')).toEqual([])
    expect(figures('八百官兵', 'zh')).toEqual([{ noun: 'troops', value: 800, approximate: false }])
  })

  it('converts 里 and 平方里 to kilometres', () => {
    expect(figures('相距三百里', 'zh')).toEqual([{ noun: 'distance', value: 150, approximate: false }])
    expect(figures('地方四百平方里', 'zh')).toEqual([{ noun: 'area', value: 100, approximate: false }])
    expect(figures('行军六十公里', 'zh')).toEqual([{ noun: 'distance', value: 60, approximate: false }])
  })

  it('marks 约, 近, 逾 and 多 as approximate', () => {
    expect(findQuantities('约五千人', 'zh')[0]?.approximate).toBe(true)
    expect(findQuantities('逾五千人', 'zh')[0]?.approximate).toBe(true)
    expect(findQuantities('五千多人', 'zh')[0]?.approximate).toBe(true)
    expect(findQuantities('有五千人', 'zh')[0]?.approximate).toBe(false)
  })

  it('counts only from ten up: 一人 and 二人 are not figures', () => {
    expect(findQuantities('二人同行，一人留守', 'zh')).toEqual([])
    expect(figures('十人', 'zh')).toEqual([{ noun: 'people', value: 10, approximate: false }])
  })

  it('keeps the scale word and the offsets', () => {
    const text = '共计三万名士兵出征'
    const [quantity] = findQuantities(text, 'zh')
    expect(quantity).toMatchObject({ noun: 'troops', value: 30_000, multiplier: 1e4 })
    expect(text.slice(quantity?.start, quantity?.end)).toBe('三万名士兵')
    expect(findQuantities('三亿人', 'zh')[0]?.multiplier).toBe(1e8)
    expect(findQuantities('三百人', 'zh')[0]?.multiplier).toBe(1)
  })

  it('reads the language it is given: English figures are not read as Chinese', () => {
    expect(findQuantities('3,000 soldiers', 'zh')).toEqual([])
    expect(findQuantities('三千人', 'en')).toEqual([])
  })
})
