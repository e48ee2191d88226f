import { describe, expect, it } from 'vitest'

import { check } from '@/lib/reconcile/testing'
import type { FindingKind } from '@/lib/reconcile/types'

const NAME_KINDS: FindingKind[] = ['machine-translated-name', 'pinyin-name', 'name-variants', 'term-variants', 'lowercase-name', 'truncated-name', 'near-authority-name']
const names = (paragraphs: string[], language: 'en' | 'zh' = 'en') =>
  check(paragraphs, language)
    .filter((finding) => NAME_KINDS.includes(finding.kind))
    .map((finding) => [finding.kind, finding.quote, finding.suggestion])

describe('names against the authority', () => {
  it('replaces a rendering the authority records as machine translation with the recorded name', () => {
    expect(names(['Amuersana fled north with his followers.'])).toEqual([['machine-translated-name', 'Amuersana', 'Amursana']])
  })

  it('recognises raw pinyin of a recorded Chinese name', () => {
    expect(names(['Abulai sent envoys to the Qing court.'])).toEqual([['pinyin-name', 'Abulai', 'Ablai Khan']])
  })

  it('takes pinyin beside the proper name as a gloss', () => {
    expect(names(['Ablai Khan (Abulai in Chinese sources) sent envoys.'])).toEqual([])
  })

  it('flags one place under two spellings, but not a historic name beside the modern one', () => {
    expect(names(['The caravan reached Kobdo in spring.', 'From Khovd it turned south.'])).toEqual([['name-variants', 'Khovd', 'Kobdo']])
    expect(names(['The caravan reached Kobdo, then called Hobdo, in spring.'])).toEqual([])
  })

  it('flags a transliterated term rendered two ways', () => {
    expect(names(['Each karun held ten men.', 'The kalun on the river was abandoned.'])).toEqual([['term-variants', 'kalun', 'karun']])
  })

  it('flags personal names in lower case', () => {
    expect(names(['Later amursana fled north.'])).toEqual([['lowercase-name', 'amursana', 'Amursana']])
    expect(names(['The Russian envoy to the Qing Court vasilievsky presented his letters.'])).toEqual([['lowercase-name', 'vasilievsky', 'Vasilievsky']])
  })

  it('flags a surname alone when the text never gives the whole name', () => {
    expect(names(['Zhao led the vanguard across the river.'])).toEqual([['truncated-name', 'Zhao', 'Zhao Hui']])
    expect(names(['Zhao Hui led the vanguard.', 'Zhao then crossed the river.'])).toEqual([])
  })

  it('flags a name cut short where the text has it whole nearby', () => {
    expect(names(['The envoy Tulishen reached the camp.', 'Shen, the envoy, spoke first.'])).toEqual([['truncated-name', 'Shen', 'Tulishen']])
  })

  it('flags an unrecorded spelling one letter from a recorded name', () => {
    expect(names(['The traders of Tarbahatai paid no duty.'])).toEqual([['near-authority-name', 'Tarbahatai', 'Tarbagatai']])
    expect(names(['The Tarbagatais are a range of hills.'])).toEqual([])
  })

  it('reads Chinese text: spelling variants of one name', () => {
    expect(names(['准噶尔部东进。', '准格尔兵败。'], 'zh')).toEqual([['name-variants', '准格尔', '准噶尔']])
  })

  it('raises nothing on consistent, correctly written names', () => {
    expect(names(['Amursana and Ablai Khan met at Kobdo in 1755.', 'Zhao Hui pursued Amursana to Tarbagatai, where each karun was manned.'])).toEqual([])
    expect(names(['阿睦尔撒纳逃往科布多。', '兆惠追至塔尔巴哈台。'], 'zh')).toEqual([])
  })
})
