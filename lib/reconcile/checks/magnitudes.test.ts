import { describe, expect, it } from 'vitest'

import { check, PERIOD } from '@/lib/reconcile/testing'

const kindsAndQuotes = (paragraphs: string[], language: 'en' | 'zh' = 'en') => check(paragraphs, language).map((finding) => [finding.kind, finding.quote, finding.suggestion])

describe('implausible magnitudes', () => {
  it('flags a frontier army in the millions', () => {
    expect(kindsAndQuotes([...PERIOD, 'The governor led 3,000,000 troops to the frontier.'])).toEqual([['implausible-magnitude', '3,000,000 troops', undefined]])
  })

  it('flags a head count with decimals: the trace of 万 read digit by digit', () => {
    expect(kindsAndQuotes([...PERIOD, 'Both sides sent nearly 723.45 million people to the war.'])).toEqual([
      ['implausible-magnitude', '723.45 million people', undefined],
      ['headcount-decimals', '723.45 million people', undefined],
    ])
    expect(kindsAndQuotes([...PERIOD, 'Only 2.5 soldiers held the pass.'])).toEqual([['headcount-decimals', '2.5 soldiers', undefined]])
  })

  it('flags an area beyond any empire', () => {
    expect(kindsAndQuotes([...PERIOD, 'The treaty ceded 90,000,000 square kilometres of land.'])).toEqual([['implausible-magnitude', '90,000,000 square kilometres', undefined]])
  })

  it('suggests the figure for a number left in the shape of 万', () => {
    expect(kindsAndQuotes([...PERIOD, 'He led more than 20 thousand cavalry north.'])).toEqual([['conversion-trace', '20 thousand', '20,000']])
  })

  it('reads Chinese figures with 万 and 亿 through the numeral library', () => {
    expect(kindsAndQuotes(['1862年，清廷调集三千万兵增援。', '1864年议和。', '1869年再战。', '1871年撤军。'], 'zh')).toEqual([['implausible-magnitude', '三千万兵', undefined]])
  })

  it('raises nothing on plausible figures', () => {
    expect(kindsAndQuotes([...PERIOD, 'About 1.5 million people lived in the province. An army of 50,000 men crossed 300 km of desert, and the treaty ceded 440,000 square kilometres.'])).toEqual([])
    expect(kindsAndQuotes(['1864年，清军六万余人出关，割让四十四万多平方公里。'], 'zh')).toEqual([])
  })
})
