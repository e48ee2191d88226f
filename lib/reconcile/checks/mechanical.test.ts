import { describe, expect, it } from 'vitest'

import { check, ofKind } from '@/lib/reconcile/testing'

const quotes = (paragraphs: string[], kind: Parameters<typeof ofKind>[1], language: 'en' | 'zh' = 'en') => ofKind(check(paragraphs, language), kind).map((finding) => [finding.segmentId, finding.quote])

describe('mechanical damage', () => {
  it('flags a ? or ! that ends no question', () => {
    expect(quotes(['At the same time, Prince Gong? A batch of guns was sent west.'], 'stray-punctuation')).toEqual([['p1', '?']])
    expect(quotes(['The envoy Li?Hong wrote twice.'], 'stray-punctuation')).toEqual([['p1', '?']])
    expect(quotes(['The garrison held! the enemy withdrew.'], 'stray-punctuation')).toEqual([['p1', '!']])
  })

  it('leaves real questions, exclamations in quotes and (?) alone', () => {
    expect(quotes(['Why did the court hesitate? The answer lies in its finances.', 'He cried "Hold the gate!" and fell.', 'The fort (?) stood on the bank.'], 'stray-punctuation')).toEqual([])
    expect(quotes(['朝廷为何犹豫？原因在于财政。'], 'stray-punctuation', 'zh')).toEqual([])
    expect(quotes(['清军坚守？敌军撤退。'], 'stray-punctuation', 'zh')).toEqual([['p1', '？']])
  })

  it('flags a repeated line and a breadcrumb trail', () => {
    const text = ['Frontier Encyclopedia - History - The War on the River', 'The War on the River began in spring.', 'The War on the River began in spring.']
    expect(quotes(text, 'repeated-line')).toEqual([['p3', 'The War on the River began in spring.']])
    expect(quotes(text, 'breadcrumb')).toEqual([['p1', text[0]]])
  })

  it('flags Chinese left in English text, but not a bracketed or labelled gloss', () => {
    expect(quotes(['The governor of 伊犁 wrote to the court.'], 'leftover-cjk')).toEqual([['p1', '伊犁']])
    expect(quotes(['The governor of Ili (伊犁) wrote.', 'The river (Chinese: 伊犁河) floods in spring.'], 'leftover-cjk')).toEqual([])
  })

  it('flags an English word left in Chinese text, but not a bracketed name or a markup link', () => {
    expect(quotes(['清军在army的支援下前进。'], 'untranslated-word', 'zh')).toEqual([['p1', 'army']])
    expect(quotes(['阿古柏（Yakub Beg）入侵。', '见[伊犁](https://example.org/wiki/Ili "wikilink")条目。'], 'untranslated-word', 'zh')).toEqual([])
  })
})
