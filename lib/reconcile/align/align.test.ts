import { describe, expect, it } from 'vitest'

import { CheckInputError } from '@/lib/reconcile/check'
import { TEST_AUTHORITY } from '@/lib/reconcile/testing'
import { alignTexts, type Alignment } from './index'

const side = (language: 'en' | 'zh', ...paragraphs: string[]) => ({ language, segments: paragraphs.map((text, index) => ({ id: `${language}${index + 1}`, text })) })
const pairsOf = (alignment: Alignment) => alignment.pairs.map((pair) => [pair.left.text, pair.right.text])
const statuses = (alignment: Alignment, index = 0) => alignment.pairs[index]?.anchors.map((anchor) => [anchor.kind, anchor.status, anchor.left?.text ?? null, anchor.right?.text ?? null])

describe('alignTexts', () => {
  it('pairs an English and a Chinese text by shared facts, across reordering and gaps', () => {
    const english = side(
      'en',
      'In 1755 Zhao Hui marched on Kobdo with 6,000 men. The weather was bad that year.',
      'The treaty of 1864 ceded some 440,000 square kilometres to Russia.',
    )
    const chinese = side('zh', '同治三年（1864年），沙俄割占四十四万多平方公里。', '诗人多有记述。', '乾隆二十年，兆惠率六千余人进军科布多。')
    const alignment = alignTexts({ left: english, right: chinese, authority: TEST_AUTHORITY })
    expect(pairsOf(alignment)).toEqual([
      ['In 1755 Zhao Hui marched on Kobdo with 6,000 men.', '乾隆二十年，兆惠率六千余人进军科布多。'],
      ['The treaty of 1864 ceded some 440,000 square kilometres to Russia.', '同治三年（1864年），沙俄割占四十四万多平方公里。'],
    ])
    expect(alignment.unpairedLeft.map((sentence) => sentence.text)).toEqual(['The weather was bad that year.'])
    expect(alignment.unpairedRight.map((sentence) => sentence.text)).toEqual(['诗人多有记述。'])
    expect(statuses(alignment, 0)).toEqual([
      ['date', 'agree', '1755', '乾隆二十年'],
      ['entity', 'agree', 'Zhao Hui', '兆惠'],
      ['entity', 'agree', 'Kobdo', '科布多'],
      ['headcount', 'agree', '6,000 men', '六千余人'],
    ])
    expect(statuses(alignment, 1)).toEqual([
      ['date', 'agree', '1864', '同治三年（1864年）'],
      ['area', 'agree', '440,000 square kilometres', '四十四万多平方公里'],
    ])
  })

  it('reports a conflict: the same kind of fact with a different value', () => {
    const left = side('en', 'In 1871 Russia occupied Kobdo with 2,000 troops.')
    const right = side('en', 'In 1871 Russia occupied Kobdo with 9,000 troops.')
    expect(statuses(alignTexts({ left, right, authority: TEST_AUTHORITY }))).toEqual([
      ['date', 'agree', '1871', '1871'],
      ['entity', 'agree', 'Kobdo', 'Kobdo'],
      ['headcount', 'conflict', '2,000 troops', '9,000 troops'],
    ])
  })

  it('sets an era date in one text against a Gregorian year in the other', () => {
    const left = side('zh', '乾隆二十年，兆惠率六千余人进军科布多。')
    const right = side('zh', '1757年，兆惠率六千余人进军科布多。')
    expect(statuses(alignTexts({ left, right, authority: TEST_AUTHORITY }))).toEqual([
      ['entity', 'agree', '兆惠', '兆惠'],
      ['headcount', 'agree', '六千余人', '六千余人'],
      ['entity', 'agree', '科布多', '科布多'],
      ['date', 'conflict', '乾隆二十年', '1757'],
    ])
  })

  it('pairs nothing when the texts share no fact', () => {
    const alignment = alignTexts({ left: side('en', 'The weather was bad.', 'Poets wrote of it.'), right: side('zh', '诗人多有记述。'), authority: TEST_AUTHORITY })
    expect(alignment.pairs).toEqual([])
    expect(alignment.unpairedLeft).toHaveLength(2)
  })

  it('refuses an empty text or an unsupported language', () => {
    expect(() => alignTexts({ left: side('en', ' '), right: side('zh', '诗人。'), authority: TEST_AUTHORITY })).toThrow(CheckInputError)
    expect(() => alignTexts({ left: { language: 'ru', segments: [{ id: 'a', text: 'Текст' }] }, right: side('zh', '诗人。'), authority: TEST_AUTHORITY })).toThrow(/not "ru"/)
  })
})
