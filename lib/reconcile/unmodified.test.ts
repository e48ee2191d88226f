import { describe, expect, it } from 'vitest'

import { measureUnmodified } from './unmodified'

const MACHINE = ['1864 In March, the Russian army attacked Yili with 30,000 troops.', 'The Qing army resisted stubbornly and fought bloody battles.']

describe('measureUnmodified', () => {
  it('counts an untouched draft as entirely unmodified, whatever the punctuation and spacing', () => {
    const measure = measureUnmodified(MACHINE, ['1864 In March,  the Russian army attacked Yili with 30,000 troops!', 'The Qing army resisted stubbornly and fought bloody battles'])
    expect(measure.share).toBe(1)
    expect(measure.paragraphs.map((paragraph) => paragraph.share)).toEqual([1, 1])
  })

  it('measures per paragraph: a rewritten paragraph beside an untouched one', () => {
    const measure = measureUnmodified(MACHINE, ['In March 1864 a Russian force of 30,000 attacked Ili.', 'The Qing army resisted stubbornly and fought bloody battles.'])
    expect(measure.paragraphs[1]?.share).toBe(1)
    expect(measure.paragraphs[0]?.share).toBeLessThan(0.6)
    expect(measure.share).toBeGreaterThan(measure.paragraphs[0]!.share)
    expect(measure.share).toBeLessThan(1)
    expect(measure.unmodifiedTokens).toBe(measure.paragraphs.reduce((sum, paragraph) => sum + paragraph.unmodifiedTokens, 0))
  })

  it('is order-sensitive: the same words in another order are modified text', () => {
    const machine = 'the army attacked the fort at dawn'
    const reordered = measureUnmodified(machine, ['at dawn the fort the army attacked'])
    expect(reordered.share).toBeLessThan(0.6)
    expect(measureUnmodified(machine, ['the army attacked the fort at dawn']).share).toBe(1)
  })

  it('counts Chinese character by character', () => {
    const measure = measureUnmodified('清军顽强抵抗。', ['清军奋勇抵抗。'])
    expect(measure.tokens).toBe(6)
    expect(measure.unmodifiedTokens).toBe(4)
  })

  it('gives 0 for an empty article rather than dividing by zero', () => {
    expect(measureUnmodified(MACHINE, [])).toEqual({ tokens: 0, unmodifiedTokens: 0, share: 0, paragraphs: [] })
  })
})
