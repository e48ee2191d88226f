import { describe, expect, it } from 'vitest'

import type { Inline } from '@/lib/corpus/tree'
import { EntityCollector, linkOccurrences } from '@/lib/corpus/transform/entities'
import type { NameKind } from '@/lib/corpus/transform/types'

/** Sentences written for this test: a wiki link between the words a page puts around it, in Chinese and English. */
const sentence = (before: string, target: string, after: string, language = 'zh', label = target): Inline[] => [
  { type: 'text', text: before },
  { type: 'wikiLink', target, language, label },
  { type: 'text', text: after },
]

const collect = (sentences: Inline[][], nameKind: NameKind = 'official') => {
  const collector = new EntityCollector(nameKind)
  for (const content of sentences) for (const occurrence of linkOccurrences(content)) collector.addLink(occurrence)
  return collector
}
const kindOf = (collector: EntityCollector, key: string) => collector.result().entities.find((entity) => entity.key === key)?.kind ?? null

describe('linkOccurrences', () => {
  it('gives twelve characters before and after each link, reading a label that runs on past the title as following text', () => {
    const content: Inline[] = [
      { type: 'text', text: '清军自北路进至' },
      { type: 'wikiLink', target: '阿桂', language: 'zh', label: '阿桂所部' },
      { type: 'text', text: '驻地以东之地，随后' },
      { type: 'wikiLink', target: '伊犁', language: 'zh', label: '伊犁' },
    ]
    expect(linkOccurrences(content).map(({ link, before, after }) => [link.target, before, after])).toEqual([
      ['阿桂', '清军自北路进至', '所部驻地以东之地，随后'],
      ['伊犁', '驻地以东之地，随后', ''],
    ])
    expect(linkOccurrences([{ type: 'text', text: 'no links here' }])).toEqual([])
  })

  it('reads no further than twelve characters, and reads a shortened label’s following text as it is', () => {
    const content: Inline[] = [
      { type: 'text', text: 'In the spring the garrison marched out to ' },
      { type: 'wikiLink', target: 'Kokand Khanate', language: 'en', label: 'Kokand' },
      { type: 'text', text: ' and stayed there for the whole winter.' },
    ]
    expect(linkOccurrences(content).map(({ before, after }) => [before, after])).toEqual([['ched out to ', ' and stayed ']])
  })

  it('takes a link next to a link as the text beside it', () => {
    const content: Inline[] = [
      { type: 'wikiLink', target: 'General', language: 'en', label: 'General' },
      { type: 'wikiLink', target: 'Zhaohui', language: 'en', label: 'Zhaohui' },
    ]
    expect(linkOccurrences(content).map(({ before, after }) => [before, after])).toEqual([
      ['', 'Zhaohui'],
      ['General', ''],
    ])
  })
})

describe('EntityCollector', () => {
  it('classifies by the words around a link, in both languages, and says why', () => {
    const collector = collect([
      sentence('大军攻克', '叶尔羌', '，', 'zh'),
      sentence('命', '兆惠', '率兵', 'zh'),
      sentence('The garrison at ', 'Aksu', ' was small.', 'en'),
      sentence('Then General ', 'Zhaohui', ' led the army home.', 'en'),
      sentence('the Governor ', 'Kaufman', ' wrote to the court.', 'en'),
      sentence('', '额尔齐斯河', '', 'zh'),
      sentence('', 'Ili River', '', 'en'),
      sentence('守军退至', '塔城', '一带', 'zh'),
    ])
    const { entities } = collector.result()
    expect(entities.map((entity) => [entity.key, entity.kind, entity.evidence])).toEqual([
      ['zh:叶尔羌', 'place', ['"攻克" before a link']],
      ['zh:兆惠', 'person', ['"命" before a link', '"率" after a link']],
      ['en:aksu', 'place', ['"at" before a link']],
      ['en:zhaohui', 'person', ['"General" before a link', '"led" after a link']],
      ['en:kaufman', 'person', ['"Governor" before a link', '"wrote" after a link']],
      ['zh:额尔齐斯河', 'place', ['title "额尔齐斯河"']],
      ['en:ili river', 'place', ['title "Ili River"']],
      ['zh:塔城', 'place', ['title "塔城"', '"至" before a link', '"一带" after a link']],
    ])
  })

  it('leaves a link with no evidence, or as much for a person as for a place, unclassified', () => {
    const collector = collect([sentence('一说', '博罗', '。'), sentence('驻', '明瑞', '所部')])
    expect(collector.result()).toEqual({ entities: [], unclassified: ['博罗', '明瑞'] })
  })

  it('makes one record of a title however it is spelt: case, traditional characters, underscores', () => {
    const collector = collect([sentence('到', '烏里雅蘇臺', ''), sentence('至', '乌里雅苏台', ''), sentence('near ', 'Kobdo_fort', '', 'en'), sentence('from ', 'kobdo fort', '', 'en')])
    const { entities } = collector.result()
    expect(entities.map((entity) => [entity.key, entity.names.map((name) => name.name)])).toEqual([
      ['zh:乌里雅苏台', ['烏里雅蘇臺', '乌里雅苏台']],
      ['en:kobdo fort', ['Kobdo_fort', 'kobdo fort']],
    ])
  })

  it('keeps a shorter label as a variant name, not a label that runs on into the sentence', () => {
    const collector = collect([sentence('进至', '浩罕汗国', '', 'zh', '浩罕'), sentence('至', '伊犁', '', 'zh', '伊犁河谷')])
    const names = (key: string) => collector.result().entities.find((entity) => entity.key === key)?.names
    expect(names('zh:浩罕汗国')).toEqual([
      { name: '浩罕汗国', language: 'zh', script: 'Hans', kind: 'official' },
      { name: '浩罕', language: 'zh', script: 'Hans', kind: 'variant' },
    ])
    expect(names('zh:伊犁')?.map((name) => name.name)).toEqual(['伊犁'])
  })

  it('keeps a label of the same length in other characters, trimmed, and never an empty or repeated name', () => {
    const collector = collect([sentence('至', '浩罕汗国', '', 'zh', ' 浩罕汗國 '), sentence('至', '浩罕汗国', '', 'zh', '浩罕汗国'), sentence('到', '塔城', '', 'zh', ' '), sentence('到', '塔城', '', 'zh', '北路之塔城')])
    const names = (key: string) => collector.result().entities.find((entity) => entity.key === key)?.names.map((name) => [name.name, name.kind])
    expect(names('zh:浩罕汗国')).toEqual([
      ['浩罕汗国', 'official'],
      ['浩罕汗國', 'variant'],
    ])
    expect(names('zh:塔城')).toEqual([['塔城', 'official']])
  })

  it('marks every name of a machine translation as such, variants included', () => {
    const collector = collect([sentence('to ', 'Kokand Khanate', '', 'en', 'Kokand')], 'machine-translation')
    expect(collector.result().entities[0]?.names.map((name) => name.kind)).toEqual(['machine-translation', 'machine-translation'])
  })

  it('ignores namespaced and empty targets', () => {
    const collector = collect([sentence('至', 's:平定准噶尔方略', ''), sentence('in ', 'Template:Qing', '', 'en'), sentence('在', '', '')])
    expect(collector.result()).toEqual({ entities: [], unclassified: [] })
  })

  it('takes infobox places and commanders as such, in the language of the name', () => {
    const collector = new EntityCollector('official')
    collector.addInfoboxName(' Tarbagatai ', 'place', 'Location', 'en')
    collector.addInfoboxName('阿桂', 'person', 'Commanders', 'en')
    collector.addInfoboxName('Тарбагатай', 'place', 'Location', 'en')
    collector.addInfoboxName('  ', 'place', 'Location', 'en')
    expect(collector.result().entities).toEqual([
      { kind: 'place', key: 'en:tarbagatai', names: [{ name: 'Tarbagatai', language: 'en', script: 'Latn', kind: 'official' }], evidence: ['infobox Location'] },
      { kind: 'person', key: 'zh:阿桂', names: [{ name: '阿桂', language: 'zh', script: 'Hans', kind: 'official' }], evidence: ['infobox Commanders'] },
      { kind: 'place', key: 'ru:тарбагатай', names: [{ name: 'Тарбагатай', language: 'ru', script: 'Cyrl', kind: 'official' }], evidence: ['infobox Location'] },
    ])
    expect(kindOf(collector, 'en:tarbagatai')).toBe('place')
  })
})
