import { beforeEach, describe, expect, it } from 'vitest'

import { inlineText } from './parse/inline'
import { blocksOf, loadSeed, SEED_NAMES } from './testing'
import type { DocumentTree, Note } from './tree'
import type { ImportPlan } from './transform/types'

const notesOf = (tree: ReturnType<typeof loadSeed>['tree']): Note[] => blocksOf(tree).flatMap((block) => (block.kind === 'noteList' ? block.notes : []))
const flagsOf = (plan: ImportPlan, kind: string) => plan.source.flags.filter((flag) => flag.kind === kind)
const usesOf = (plan: ImportPlan, marker: number) => plan.citeUses.filter((use) => use.marker === marker).length
const citationOfNote = (plan: ImportPlan, note: number) => plan.citations.find((citation) => citation.noteNumbers.includes(note))

describe('every seed', () => {
  it.each(SEED_NAMES)('%s: segments point into the untouched raw text, in order and without overlap', (name) => {
    const { raw, plan } = loadSeed(name)
    let previousEnd = 0
    for (const segment of plan.source.segments) {
      expect(segment.start).toBeGreaterThanOrEqual(previousEnd)
      expect(segment.text).toBe(raw.slice(segment.start, segment.end))
      expect(segment.text.trim()).not.toBe('')
      previousEnd = segment.end
    }
  })

  it.each(SEED_NAMES)('%s: planning twice gives identical segment ids and an identical plan', (name) => {
    const first = loadSeed(name).plan
    const second = loadSeed(name).plan
    expect(second.source.segments.map((segment) => segment.segmentId)).toEqual(first.source.segments.map((segment) => segment.segmentId))
    expect(new Set(first.source.segments.map((segment) => segment.segmentId)).size).toBe(first.source.segments.length)
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })
})

describe('000: machine-translated encyclopedia page', () => {
  let tree: DocumentTree, plan: ImportPlan, raw: string
  // Loaded before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  beforeEach(() => {
    ;({ tree, plan, raw } = loadSeed('000_e8f54e5b45cb7d45'))
  })

  it('takes the title from under the breadcrumb trail and drops its two repetitions', () => {
    expect(tree.metadata.title).toBe('The Battle of Ili Tacheng: The Ultimate Confrontation between Qing Dynasty and Russia')
    expect(tree.metadata.siteName).toBe('Traditional Culture Encyclopedia')
    expect(raw.split(tree.metadata.title).length - 1).toBe(3)
    expect(plan.source.segments.some((segment) => segment.text.includes(tree.metadata.title))).toBe(false)
    expect(plan.source.segments.some((segment) => segment.text.includes('Tourist attractions'))).toBe(false)
  })

  it('keeps the nine paragraphs, has no notes and flags every paragraph as unsourced', () => {
    expect(plan.source.segments.map((segment) => segment.kind)).toEqual(Array(9).fill('paragraph'))
    expect(notesOf(tree)).toHaveLength(0)
    expect(plan.citations).toHaveLength(0)
    expect(flagsOf(plan, 'unsourced-paragraph')).toHaveLength(9)
    expect(plan.article.locale).toBe('en')
    expect(plan.source.machineTranslated).toBe(true)
    expect(plan.article.publish).toBe(false)
  })
})

describe('001: Chinese Wikipedia in Markdown', () => {
  let tree: DocumentTree, plan: ImportPlan
  // Loaded before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  beforeEach(() => {
    ;({ tree, plan } = loadSeed('001_8c6a53b4ef2ccbc5'))
  })

  it('reads the title, language, categories and see-also list', () => {
    expect(tree.format).toBe('markdown')
    expect(tree.metadata.title).toBe('清军收复新疆之战')
    expect(plan.article.locale).toBe('zh')
    expect(tree.metadata.categories).toHaveLength(7)
    expect(tree.metadata.categories).toContain('左宗棠')
    const seeAlso = tree.sections.find((section) => section.role === 'see-also')
    const list = seeAlso?.blocks.find((block) => block.kind === 'list')
    expect(list?.kind === 'list' && list.items.map((item) => inlineText(item.content))).toEqual([
      '同治新疆回乱', '哲德沙尔汗国', '伊犁危机', '湘军', '左宗棠', '甘肃新疆省', '甘肃新疆巡抚',
    ])
  })

  it('finds 11 notes, of which 5, 6, 7 and 9 are empty, each cited once by an escaped marker', () => {
    const notes = notesOf(tree)
    expect(notes.map((note) => note.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(notes.filter((note) => !note.text).map((note) => note.number)).toEqual([5, 6, 7, 9])
    expect(flagsOf(plan, 'empty-note').map((flag) => flag.marker)).toEqual(['[5]', '[6]', '[7]', '[9]'])
    for (let marker = 1; marker <= 11; marker++) expect(usesOf(plan, marker)).toBe(1)
    expect(flagsOf(plan, 'dangling-marker')).toHaveLength(0)
    expect(flagsOf(plan, 'uncited-note')).toHaveLength(0)
  })

  it('makes notes 10 and 11 one citation of 《俄国在东方》 used twice, with their pages and quotations kept on the uses', () => {
    const citation = citationOfNote(plan, 10)
    expect(citation).toBe(citationOfNote(plan, 11))
    expect(citation?.title.original).toBe('俄国在东方')
    expect(citation?.uses).toBe(2)
    const uses = plan.citeUses.filter((use) => use.citationKey === citation?.key)
    expect(uses.map((use) => use.locator?.locator)).toEqual(['144', '148'])
    expect(uses[0]?.quote).toMatch(/^若米尼认为/)
  })

  it('reads Chinese notes: title, collected works and pages', () => {
    const note1 = citationOfNote(plan, 1)
    expect(note1?.title.original).toBe('湘军刘总统禀病痊筹议进兵南路由')
    expect(note1?.containerTitle).toBe('左宗棠全集')
    expect(plan.citeUses.find((use) => use.marker === 1)?.locator).toEqual({ locatorType: 'page', locator: '384—385' })
    expect(citationOfNote(plan, 2)?.type).toBe('webpage')
    expect(citationOfNote(plan, 8)?.authors[0]?.literal).toBe('穆汗买德•阿提夫')
    const bibliography = plan.citations.filter((citation) => citation.noteNumbers.length === 0)
    expect(bibliography.map((citation) => citation.title.original)).toEqual(['國際政治視野下的「新疆建省」', '影响中国的100次战争'])
    expect(bibliography[1]?.authors.map((author) => author.literal)).toEqual(['张秀平', '毛元佑', '黄朴民'])
  })

  it('merges the two link forms of 浩罕汗国 (https://zh.wikipedia.org/wiki/浩罕汗國 and ../Page/浩罕汗国.md) into one place', () => {
    const khanates = plan.entities.filter((entity) => entity.names.some((name) => name.name.startsWith('浩罕')))
    expect(khanates).toHaveLength(1)
    expect(khanates[0]?.kind).toBe('place')
    expect(khanates[0]?.names.map((name) => [name.name, name.script])).toEqual(
      expect.arrayContaining([['浩罕汗國', 'Hant'], ['浩罕汗国', 'Hans'], ['浩罕', 'Hans']]),
    )
  })

  it('classifies linked people and places from the words around the links', () => {
    const kindOf = (name: string) => plan.entities.find((entity) => entity.names.some((candidate) => candidate.name === name))?.kind
    expect(kindOf('左宗棠')).toBe('person')
    expect(kindOf('刘锦棠')).toBe('person')
    expect(kindOf('伊犁')).toBe('place')
    expect(kindOf('奇台')).toBe('place')
    expect(plan.unclassifiedLinks).toContain('太平天国运动')
    expect(plan.entities.every((entity) => entity.names.every((name) => name.kind !== 'machine-translation'))).toBe(true)
  })

  it('flags 同治十一年（1873年）: 同治 year 11 is 1872', () => {
    const mismatches = flagsOf(plan, 'date-mismatch')
    expect(mismatches).toHaveLength(1)
    expect(mismatches[0]?.message).toContain('同治十一年')
    expect(plan.eraDates.map((date) => [date.originalText, date.gregorianGiven])).toEqual([
      ['光緒二年', 1876],
      ['三年', 1877],
      ['同治十一年', 1872],
      ['光绪元年', 1875],
      ['同治十一年', 1873],
      ['光绪四年', 1878],
    ])
  })

  it('keeps the image line as a figure caption, not a map', () => {
    expect(plan.source.figures).toEqual([expect.objectContaining({ fileName: "Yarkand_Governor's_Guard.jpg" })])
    expect(plan.maps).toHaveLength(0)
  })
})

describe('002: Wikipedia mirror as plain text', () => {
  let tree: DocumentTree, plan: ImportPlan, raw: string
  // Loaded before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  beforeEach(() => {
    ;({ tree, plan, raw } = loadSeed('002_9f85a370ea37b4d0'))
  })

  it('reads the 29-item note list with its backlink counts', () => {
    const notes = notesOf(tree)
    expect(notes.map((note) => note.number)).toEqual(Array.from({ length: 29 }, (_, index) => index + 1))
    expect(notes.filter((note) => note.backlinks.length).map((note) => [note.number, note.backlinks.length])).toEqual([
      [2, 2],
      [7, 9],
      [8, 9],
      [9, 9],
    ])
    expect(notes.find((note) => note.number === 7)?.text).toMatch(/^Forsyth, James \(1994\)/)
  })

  it('counts uses: note 2 twice (both in the infobox), notes 7-9 seven times each (the mirror lost two of the nine)', () => {
    expect(usesOf(plan, 2)).toBe(2)
    for (const marker of [7, 8, 9]) expect(usesOf(plan, marker)).toBe(7)
    expect(citationOfNote(plan, 7)?.uses).toBe(7)
    expect(flagsOf(plan, 'uncited-note').map((flag) => flag.marker)).toEqual(['[10]', '[11]', '[24]', '[25]', '[26]'])
    expect(flagsOf(plan, 'dangling-marker')).toHaveLength(0)
  })

  it('validates and normalizes all nine ISBNs, whatever their written form', () => {
    const isbns = plan.citations.flatMap((citation) => (citation.isbn ? [citation.isbn] : []))
    expect(isbns).toHaveLength(9)
    expect(isbns).toContain('978-0-521-47771-0') // written "ISBN   0-521-47771-9"
    expect(isbns).toContain('978-0-674-78115-3') // written "ISBN   9780674781153"
    expect(flagsOf(plan, 'bad-identifier')).toEqual([])
  })

  it('reads English references into CSL fields', () => {
    const forsyth = citationOfNote(plan, 7)
    expect(forsyth?.authors[0]).toMatchObject({ family: 'Forsyth', given: 'James' })
    expect(forsyth?.issued).toBe('1994')
    expect(forsyth?.publisher).toBe('Cambridge University Press')
    const li = citationOfNote(plan, 6)
    expect(li).toMatchObject({ type: 'chapter', containerTitle: "The Ch'ing Empire to 1800", title: { original: 'State Building before 1644' } })
    expect(citationOfNote(plan, 5)).toMatchObject({ publisherPlace: 'Paris', publisher: 'P.G. Lemercier', issued: '1735' })
    expect(citationOfNote(plan, 26)?.issued).toBe('2016-09-06')
    expect(citationOfNote(plan, 11)?.archiveNote).toBe('Archived 2014-05-23 at the Wayback Machine')
    expect(citationOfNote(plan, 15)?.authors[0]).toMatchObject({ literal: 'Оксана ГАЙНУТДИНОВА', romanized: 'Oksana Gainutdinova' })
    expect(citationOfNote(plan, 15)?.language).toBe('ru')
  })

  it('joins short-form notes to the full reference and the works-cited entry to note 3', () => {
    expect(citationOfNote(plan, 20)).toBe(citationOfNote(plan, 19)) // "Andrade p. 225-230."
    expect(citationOfNote(plan, 28)).toBe(citationOfNote(plan, 9)) // "March, chapter 5"
    expect(plan.citeUses.find((use) => use.marker === 28)?.locator).toEqual({ locatorType: 'chapter', locator: '5' })
    expect(citationOfNote(plan, 16)).toBe(citationOfNote(plan, 11)) // Kang 2013, p. 1 and p. 17
    const perdue = citationOfNote(plan, 3)
    expect(perdue?.note).toContain('Page 133 -152')
    expect(plan.citations.filter((citation) => citation.title.original.startsWith('China Marches West'))).toHaveLength(1)
  })

  it('finds the dated section headings and makes events of those that name one, not of people or places', () => {
    const dated = blocksOf(tree).flatMap((block) => (block.kind === 'heading' && block.dates ? [block.dates.originalText] : []))
    expect(dated).toEqual(['1639-1643', '1643-1644', '1649-1653', '1654-1658', '1654-1658', '1665-1689', '1685-1687', '1654', '1658'])
    expect(plan.events.map((event) => [event.name, event.start.date, event.end.date])).toEqual([
      ['Qing Campaign against the indigenous rulers', '1639', '1643'],
      ['The Sino-Korean allied expeditions against Russians', '1654', '1658'],
      ['The Albazin/Yakesa Campaign', '1685', '1687'],
    ])
  })

  it('reads each caption printed twice as one caption, and all four as maps with missing images', () => {
    const captions = blocksOf(tree).filter((block) => block.kind === 'caption')
    expect(captions).toHaveLength(4)
    for (const caption of captions) {
      if (caption.kind !== 'caption') continue
      expect(raw.slice(caption.start, caption.end).split(caption.text).length - 1).toBe(2)
    }
    expect(plan.maps.map((map) => map.originalFileName)).toEqual([
      'Kitchen-22-Asia-Amur-Basin-2854.jpg',
      'Amurrivermap.png',
      'Ravenstein-The-Regions-of-the-Amur.png',
      'Ct002999.jpg',
    ])
    expect(plan.maps.every((map) => map.imageStatus === 'missing')).toBe(true)
    expect(plan.source.figures).toHaveLength(0)
  })

  it('fills the infobox from the flattened lines, per side, with citations', () => {
    const { infobox } = plan.article
    expect(infobox.result).toBe('Qing victory')
    expect(infobox.sides).toHaveLength(2)
    expect(infobox.sides[0]?.strength).toMatch(/^Qing: 3,000 men including/)
    expect(infobox.sides[1]).toMatchObject({ strength: 'Russia: 2,000 men', casualties: 'Russia: c. 800 men' })
    expect(infobox.citations.map((citation) => [citation.value, citation.side])).toEqual([
      ['strength', 1],
      ['strength', 2],
      ['casualties', 2],
    ])
    expect(infobox.citations[2]?.citationKey).toBe(citationOfNote(plan, 3)?.key)
  })

  it('flags both "citation needed" markers and keeps them in the body', () => {
    expect(flagsOf(plan, 'citation-needed')).toHaveLength(2)
    const needed = plan.article.body.flatMap((node) => ('children' in node ? node.children : [])).filter((inline) => inline.type === 'citationNeeded')
    expect(needed).toHaveLength(2)
  })

  it('keeps the "Related Research Articles" summaries out of the article body', () => {
    const related = tree.sections.filter((section) => section.role === 'related')
    expect(related.length).toBeGreaterThan(10)
    const bodyText = JSON.stringify(plan.article.body)
    expect(bodyText).not.toContain('Huma County')
    expect(bodyText).toContain('Treaty of Nerchinsk')
    expect(flagsOf(plan, 'unsourced-paragraph').every((flag) => !plan.source.segments.find((segment) => segment.segmentId === flag.segmentId)?.sectionPath.startsWith('Related'))).toBe(true)
  })
})

describe('003: Wikipedia article with pipe-table infobox', () => {
  let tree: DocumentTree, plan: ImportPlan
  // Loaded before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  beforeEach(() => {
    ;({ tree, plan } = loadSeed('003_12680766e976591b'))
  })

  it('reads the Kazakh native name in Cyrillic', () => {
    expect(plan.article.nativeNames).toEqual([{ name: 'Ақтабан шұбырынды, Алқакөл сұлама', language: 'kk', script: 'Cyrl', kind: 'official' }])
  })

  it('flags every marker as dangling: there is no reference list', () => {
    expect(notesOf(tree)).toHaveLength(0)
    const dangling = flagsOf(plan, 'dangling-marker')
    expect(dangling).toHaveLength(19)
    expect([...new Set(dangling.map((flag) => flag.marker))].sort()).toEqual(Array.from({ length: 17 }, (_, index) => `[${index + 2}]`).sort())
    expect(flagsOf(plan, 'unsourced-paragraph')).toHaveLength(4)
  })

  it('reads the pipe tables with empty cells into the infobox', () => {
    const { infobox } = plan.article
    expect(infobox.result).toBe('Dzungar victory\nStart of the Barefooted Flight')
    expect(infobox.sides.map((side) => [side.strength, side.casualties])).toEqual([
      ['Unknown', 'Catastrophic civilian casualties Heavy military casualties'],
      ['70,000', 'Light'],
    ])
    expect(infobox.start).toEqual({ date: '1723', precision: 'year', originalText: '1723' })
    expect(infobox.otherRows).toEqual(expect.arrayContaining([{ label: 'Perpetrators', value: '' }, { label: 'Attack type', value: 'Indiscriminate attack on civilian populations and Forced displacement.' }]))
    expect(plan.entities.filter((entity) => entity.kind === 'place').map((entity) => entity.names[0]?.name)).toEqual([
      'Jetisu', 'Southern Kazakhstan', 'Syr Darya', 'Fergana Valley', 'Irtysh', 'Chu River', 'Talas River', 'Kazakhstan',
    ])
  })

  it('finds the title, description and the three section headings', () => {
    expect(tree.metadata.title).toBe('Barefooted Flight')
    expect(tree.metadata.description).toBe('18th-century expulsion of Kazakhs from parts of southern Kazakhstan')
    expect(tree.sections.map((section) => section.headingPath.join(' > '))).toEqual(['', 'Background', 'The Barefooted Flight', 'In national history'])
  })
})
