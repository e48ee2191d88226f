import { describe, expect, it } from 'vitest'

import { blocksOf, outlineOf } from '@/lib/corpus/testing'
import { parseDocument } from './index'
import { PARSE_LIMITS } from './limits'
import { parseMarkdown } from './markdown'

/** Markdown written for these tests: plain CommonMark and GFM, and wiki pages converted to Markdown. */

const parse = (raw: string, language = 'en') => parseMarkdown(raw, language, { fileName: 'test.md', limits: PARSE_LIMITS })
const outline = (raw: string) => outlineOf(parse(raw))

const LEAD = 'The Kuldja garrison held the Ili valley for the Qing from the 1760s until the Russian occupation of 1871.'

describe('the title', () => {
  it('is the first level-one heading, which leaves the text', () => {
    const tree = parse(`# Kuldja garrison\n\n${LEAD}\n\n# Aftermath\n\nThe treaty returned the valley.\n`)
    expect(tree.metadata).toEqual({ title: 'Kuldja garrison', language: 'en', description: null, siteName: null, categories: [] })
    expect(outlineOf(tree)).toEqual([`p ${LEAD}`, 'h1 Aftermath', 'p The treaty returned the valley.'])
  })

  it('is not a lower heading: without a level-one heading the first line names the document', () => {
    const tree = parse(`## Background\n\n${LEAD}\n`)
    expect(tree.metadata.title).toBe('Background')
    expect(outlineOf(tree)).toEqual(['h2 Background', `p ${LEAD}`])
  })

  it('is the bold run opening the first paragraph of a converted wiki article, in Chinese too', () => {
    const tree = parse('**惠远城**是伊犁将军的驻地，乾隆二十九年建成。\n', 'zh')
    expect(tree.metadata.title).toBe('惠远城')
    expect(outlineOf(tree)).toEqual(['p 惠远城是伊犁将军的驻地，乾隆二十九年建成。'])
  })

  it('is the one-line paragraph the lead is about, after the site name, which leaves the text', () => {
    const tree = parse(`Frontier Wiki\n\nTreaty of St. Petersburg\n\nThe Treaty of St. Petersburg returned most of the Ili valley to the Qing in 1881.\n`)
    expect(tree.metadata).toMatchObject({ title: 'Treaty of St. Petersburg', siteName: 'Frontier Wiki' })
    expect(outlineOf(tree)).toEqual(['p Treaty of St. Petersburg', 'p The Treaty of St. Petersburg returned most of the Ili valley to the Qing in 1881.'])
  })

  it('joins the lead paragraphs with spaces when matching the title', () => {
    const tree = parse(`Frontier Wiki\n\nKhorgos\n\nA Qing picket guarded\nthe river crossing near\n\nKhorgos pickets watched the caravans that came over the pass.\n`)
    expect(tree.metadata).toMatchObject({ title: 'Khorgos', siteName: 'Frontier Wiki' })
  })

  it('has no site name when the first one-line paragraph is the title', () => {
    expect(parse(`Kuldja garrison\n\n${LEAD}\n`).metadata).toMatchObject({ title: 'Kuldja garrison', siteName: null })
  })

  it('is the bold opening even under a bold heading', () => {
    expect(parse(`## **Notes**\n\n**Kuldja** was a Qing fort.\n`).metadata.title).toBe('Kuldja')
  })

  it('is the caption of an opening image, or the first line of an opening paragraph of two', () => {
    expect(parse(`![The east gate](gate.jpg)\n\n${LEAD}\n`).metadata.title).toBe('The east gate')
    expect(parse(`Frontier Wiki \nKuldja garrison\n\n${LEAD}\n`).metadata.title).toBe('Frontier Wiki')
  })

  it('refuses a document of leftover templates only as having no text', () => {
    expect(() => parseDocument('{{-}}\n\n{{clear}}\n', { fileName: 'empty.md' })).toThrow(expect.objectContaining({ code: 'no-text' }))
  })

  it('is the first line when the top holds no one-line title: a sentence, a paragraph of two lines or a very long line', () => {
    expect(parse(`Kuldja was a fort.\n\nFrontier Wiki\n\n${LEAD}\n`).metadata).toMatchObject({ title: 'Kuldja was a fort.', siteName: null })
    expect(parse(`Frontier Wiki\nKuldja garrison\n\n${LEAD}\n`).metadata).toMatchObject({ title: 'Frontier Wiki', siteName: null })
    const long = `Frontier ${'wiki '.repeat(40)}pages`
    expect(parse(`${long}\n\nKuldja garrison\n\nThe Kuldja garrison was large.\n`).metadata).toMatchObject({ siteName: null })
    expect(parse(`Frontier notes\n\nKuldja garrison\n\nThe Kuldja garrison was large.\n`).metadata).toMatchObject({ title: 'Kuldja garrison', siteName: 'Frontier notes' })
  })
})

describe('blocks', () => {
  it('keeps emphasis, strikethrough, code and hard line breaks as text', () => {
    expect(outline(`# T\n\nThe *first* fort, ~~Huiyuan~~ \`Huining\`, stood by the river  \nand the second on the hill.\n`)).toEqual([
      'p The first fort, Huiyuan Huining, stood by the river\nand the second on the hill.',
    ])
  })

  it('reads a quotation of several paragraphs, one per line, a list inside it too', () => {
    expect(outline(`# T\n\n> The valley is ours.\n>\n> So wrote the envoy.\n>\n> - Kuldja\n> - Suiding\n`)).toEqual(['q The valley is ours.\nSo wrote the envoy.\nKuldja\nSuiding'])
  })

  it('numbers ordered items as written, and nests lists a level deeper', () => {
    const tree = parse(`# T\n\n1. Huiyuan\n12. Huining\n\n- Forts\n  - Suiding\n`)
    expect(outlineOf(tree)).toEqual(['ol 1 Huiyuan / 12 Huining', 'ul - Forts / - Suiding'])
    const lists = blocksOf(tree).filter((block) => block.kind === 'list')
    expect(lists.flatMap((list) => list.items.map((item) => item.depth))).toEqual([0, 0, 0, 1])
  })

  it('reads a GFM table cell by cell, and a code block as a paragraph of its text', () => {
    expect(outline('# T\n\n| Year | Men |\n| --- | --- |\n| 1762 | **3,000** |\n\n```\nraw  text\n```\n')).toEqual(['table Year | Men / 1762 | 3,000', 'p raw  text'])
  })

  it('reads an image paragraph as a caption: its text, its alt text, or the caption text a converted wiki image leaves after the link', () => {
    expect(outline('# T\n\n![ The east gate of Kuldja ](images/east-gate.jpg)\n\n![](images/blank.jpg)\n\nSee the gate ![gate](gate.jpg)\n')).toEqual([
      'caption The east gate of Kuldja {east-gate.jpg}',
      'caption  {blank.jpg}',
      'caption See the gate {gate.jpg}',
    ])
    expect(outline('# 惠远城\n\n[缩略图](../Page/File:huiyuan-gate.jpg "wikilink")惠远城东门]]\n\n[缩略图](../Page/File:west-gate.jpg "wikilink")]] 西门\n')).toEqual([
      'caption 惠远城东门 {huiyuan-gate.jpg}',
      'caption 西门 {west-gate.jpg}',
    ])
  })

  it('drops a paragraph that is only a leftover wiki template, but keeps one that carries a note marker', () => {
    expect(outline(`# T\n\n{{-}}\n\n${LEAD}\n\n{{clear}} \\[2\\]\n`)).toEqual([`p ${LEAD}`, 'p {{clear}} [2]'])
  })

  it('reads GFM footnotes as the note list, numbering a named note by its place', () => {
    const raw = `# T\n\nThe fort was built in 1764.[^12] Its walls fell in 1871.[^n3] The town moved.[^1a]\n\n[^12]: Smith 1990, p. 4.\n[^n3]: Brown 2001, p. 33.\n[^1a]: Lee 1985.\n`
    const tree = parse(raw)
    expect(outlineOf(tree)).toEqual(['p The fort was built in 1764.[12] Its walls fell in 1871.[2] The town moved.[3]', 'notes 12 Smith 1990, p. 4. / 2 Brown 2001, p. 33. / 3 Lee 1985.'])
    const notes = blocksOf(tree).find((block) => block.kind === 'noteList')!
    expect(raw.slice(notes.start, notes.end)).toBe('[^12]: Smith 1990, p. 4.\n[^n3]: Brown 2001, p. 33.\n[^1a]: Lee 1985.')
    expect(notes.kind === 'noteList' && notes.notes.map((note) => note.backlinks)).toEqual([[], [], []])
  })

  it('keeps the headings after the references the article’s own sections, as written', () => {
    const tree = parse(`# T\n\n${LEAD}\n\n## References\n\n1. Smith 1990.\n\n## Kuldja\n\nMore text.\n`)
    expect(tree.sections.map((section) => [section.headingPath.join(' > '), section.role])).toEqual([
      ['', 'body'],
      ['References', 'notes'],
      ['Kuldja', 'body'],
    ])
  })

  it('gathers category links, once each', () => {
    const tree = parse('# 惠远城\n\n惠远城是伊犁将军的驻地。[分类:伊犁](https://zh.wikipedia.org/wiki/Category:伊犁)[分类:伊犁](https://zh.wikipedia.org/wiki/Category:伊犁)\n', 'zh')
    expect(tree.metadata.categories).toEqual(['伊犁'])
    expect(outlineOf(tree)).toEqual(['p 惠远城是伊犁将军的驻地。'])
  })
})
