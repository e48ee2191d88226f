import { describe, expect, it } from 'vitest'

import { parseDocument } from './parse'
import { boundedTitle, chooseTitle, leadOverlap, MAX_TITLE_LENGTH } from './parse/title'
import { SITE_ARTICLES } from './titleDocuments'

const titleOf = (text: string, fileName: string) => parseDocument(text, { fileName }).metadata

describe('the title of a document whose first line is the site name', () => {
  it.each(Object.values(SITE_ARTICLES))('$fileName: the article title, with the site name kept apart', ({ text, fileName, title }) => {
    const metadata = titleOf(text, fileName)
    expect(metadata.title).toBe(title)
    expect(metadata.siteName).toBe(text.split('\n')[0])
  })

  it('gives two different articles of one site two different titles', () => {
    expect(titleOf(SITE_ARTICLES.englishCampaign.text, 'a.txt').title).not.toBe(titleOf(SITE_ARTICLES.englishHordes.text, 'b.txt').title)
    expect(titleOf(SITE_ARTICLES.chineseCampaign.text, 'a.txt').title).not.toBe(titleOf(SITE_ARTICLES.chineseKhan.text, 'b.txt').title)
  })

  it('leaves the site name out of the text, so it never becomes a heading or paragraph of the article', () => {
    const tree = parseDocument(SITE_ARTICLES.englishCampaign.text, { fileName: 'a.txt' })
    const blocks = tree.sections.flatMap((section) => section.blocks)
    const texts = blocks.map((block) => (block.kind === 'heading' ? block.text : block.kind === 'paragraph' ? block.content.map((inline) => ('text' in inline ? inline.text : '')).join('') : ''))
    expect(texts.some((text) => text.includes('Steppe Chronicle Online'))).toBe(false)
    expect(texts.some((text) => text.startsWith('The Dzungar campaign of 1755 was'))).toBe(true)
  })

  it('finds the title in Markdown after a site-name paragraph, and in an HTML page title after the site name', () => {
    const markdown = `Steppe Chronicle Online\n\nThe Ili relay stations\n\nThe Ili relay stations carried [memorials](https://en.wikipedia.org/wiki/Memorial) from [Kuldja](https://en.wikipedia.org/wiki/Kuldja) to Beijing in nineteen days.\n`
    expect(titleOf(markdown, 'stations.md').title).toBe('The Ili relay stations')
    const html = '<html><head><title>Steppe Chronicle Online | 伊犁将军府</title></head><body><p>伊犁将军府设于惠远城，统辖天山南北的军政事务。</p></body></html>'
    expect(titleOf(html, 'jiangjun.html').title).toBe('伊犁将军府')
  })

  it('keeps the first line when nothing tells a site name apart, and cuts a title that is really a paragraph', () => {
    expect(titleOf('Kobdo garrison\n\nA short note.\n', 'note.txt').title).toBe('Kobdo garrison')
    const long = `${'word '.repeat(200)}\n\nNext paragraph.\n`
    expect(titleOf(long, 'long.txt').title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH)
  })
})

describe('chooseTitle', () => {
  it('picks the candidate whose words the lead repeats, in English and in Chinese', () => {
    expect(chooseTitle(['Frontier Notes', 'Battle of Khorgos'], 'The Battle of Khorgos was fought on the river.')).toBe(1)
    expect(leadOverlap('霍尔果斯之战', '霍尔果斯之战发生在河畔。')).toBe(1)
    expect(leadOverlap('边疆札记', '霍尔果斯之战发生在河畔。')).toBe(0)
  })
})

describe('chooseTitle and boundedTitle at their edges', () => {
  it('takes a candidate half of whose words the lead repeats', () => {
    expect(chooseTitle(['Frontier Notes', 'Khorgos Crossing'], 'Khorgos was a Qing picket.')).toBe(1)
    expect(chooseTitle(['Frontier Notes', 'Khorgos Crossing Post'], 'Khorgos was a Qing picket.')).toBe(0)
  })

  it('keeps a title of exactly the limit, and cuts a longer one to the limit with an ellipsis and no space before it', () => {
    const exact = 'a'.repeat(MAX_TITLE_LENGTH)
    expect(boundedTitle(exact)).toBe(exact)
    const spaced = `${'a'.repeat(MAX_TITLE_LENGTH - 2)} bcd`
    expect(boundedTitle(spaced)).toBe(`${'a'.repeat(MAX_TITLE_LENGTH - 2)}…`)
    expect(boundedTitle(`${exact}b`)).toBe(`${'a'.repeat(MAX_TITLE_LENGTH - 1)}…`)
  })
})
