import { beforeEach, describe, expect, it } from 'vitest'

import { parseDocument } from './parse'
import { blocksOf } from './testing'
import { planImport } from './transform/plan'
import type { ImportPlan } from './transform/types'
import type { DocumentTree } from './tree'

/**
 * Documents written for these tests, not taken from the corpus: the same
 * shapes (mirror plain text, converted Chinese wiki Markdown, wiki HTML) with
 * other titles, names, numbers and order, so nothing can depend on the seeds.
 */

const ENGLISH_MIRROR = `Siege of Kuldja

Last updated
Siege of Kuldja [1]
Qing cavalry before the walls of Kuldja

Qing victory

Commanders and leaders
  • Qing: 4,000 men [2]
Taranchi: 1,500 men
Casualties and losses
  • Qing: 300
Taranchi: unknown [3]
A sketch map of the Ili valley and the Kuldja fortresses, drawn by a Russian officer. Ili-valley-sketch.png
A sketch map of the Ili valley and the Kuldja fortresses, drawn by a Russian officer.

The Siege of Kuldja was an engagement invented for this test, set in the Ili valley in the spring of 1871 between Qing troops and the Taranchi sultanate. [2]

1866-1870 : The Taranchi sultanate

The sultanate held the towns of the valley for four years and traded with merchants from Vernyi and Kashgar across the passes. [4] [2]

Kuldja (1871–1872)

Russian troops entered the valley before the Qing could act.[ citation needed ] The garrison withdrew across the river to the north. [9]

A watercolour of the east gate of Kuldja. East-gate.jpg
A watercolour of the east gate of Kuldja.

Related Research Articles

Ili River River in Central Asia

The Ili River flows from the Tian Shan into Lake Balkhash and is the main river of the valley in this test document.

  1. Smith 1990, p. 4.
  2. 1 2 3 Smith, John (1990). The Ili Valley in the Nineteenth Century. Oxford University Press. ISBN 0-19-820000-5.
  3. Brown, Anne (2001). "Kuldja in Russian Records". Journal of Frontier Studies. 12. pp. 33–40.
  4. Lee, Wen (1985). Frontier Garrisons. Harvard University Press. ISBN 0-674-00000-0.
  5. White, Peter (1999). Letters from Vernyi. Cambridge University Press.
`

const CHINESE_MARKDOWN = `> 本文内容由[塔城之战](https://zh.wikipedia.org/wiki/塔城之战)转换而来。

**塔城之战**是为本测试编写的一段战事，发生于乾隆二十年（1755年）至二十一年（1757年）。[塔城](https://zh.wikipedia.org/wiki/塔城 "wikilink")守军由[明瑞率领](../Page/明瑞.md "wikilink")。\\[1\\]

## 经过

### 围城

清军进驻[塔城](../Page/塔城.md "wikilink")，[將軍](https://zh.wikipedia.org/wiki/將軍 "wikilink")[阿桂所部](https://zh.wikipedia.org/wiki/阿桂 "wikilink")自[伊犁](../Page/伊犁.md "wikilink")出发。\\[2\\]\\[3\\]

乾隆二十年（1755年）九月，围城解除。\\[5\\]

[Tacheng_map.png](https://zh.wikipedia.org/wiki/File:Tacheng_map.png "fig:Tacheng_map.png")塔城地图\\]\\]

## 参见

  - [伊犁将军](../Page/伊犁将军.md "wikilink")

[Category:测试](https://zh.wikipedia.org/wiki/Category:测试 "wikilink")

1.  《平定准噶尔方略》，卷一，第12页。
2.
3.  王某：《塔城史话》
4.  《平定准噶尔方略》，第30页。
`

const WIKI_HTML = `<!DOCTYPE html><html><head><title>Battle of Kuldja - Wiki</title></head><body>
<h1>Battle of Kuldja</h1>
<table class="infobox"><tr><th>Date</th><td>1871</td></tr><tr><th>Location</th><td><a href="https://en.wikipedia.org/wiki/Kuldja">Kuldja</a></td></tr>
<tr><th colspan="2">Belligerents</th></tr><tr><td>Qing</td><td>Russia</td></tr></table>
<p>The battle was fought near <a href="/wiki/Kuldja">Kuldja</a> on the <a href="/wiki/Ili_River">Ili River</a>.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<h2>Occupation of the valley (1871–1881)</h2>
<p>The valley was returned ten years later.<sup class="reference"><a href="#cite_note-2">[2]</a></sup><sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<ol class="references"><li><span class="mw-cite-backlink"><a href="#a">a</a> <a href="#b">b</a></span> Smith, John (1990). The Ili Valley. Oxford University Press.</li><li><span class="mw-cite-backlink"><a href="#c">^</a></span></li></ol>
</body></html>`

const flagsOf = (plan: ImportPlan, kind: string) => plan.source.flags.filter((flag) => flag.kind === kind)
const citationOfNote = (plan: ImportPlan, note: number) => plan.citations.find((citation) => citation.noteNumbers.includes(note))

describe('an English wiki-mirror plain text', () => {
  // Made before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  let tree: DocumentTree
  let plan: ImportPlan
  beforeEach(() => {
    tree = parseDocument(ENGLISH_MIRROR, { fileName: 'kuldja.txt' })
    plan = planImport(tree, ENGLISH_MIRROR)
  })

  it('reads title, language, infobox, captions and dated headings', () => {
    expect(tree.format).toBe('text')
    expect(tree.metadata).toMatchObject({ title: 'Siege of Kuldja', language: 'en' })
    expect(plan.article.infobox.result).toBe('Qing victory')
    expect(plan.article.infobox.sides.map((side) => side.strength)).toEqual(['Qing: 4,000 men', 'Taranchi: 1,500 men'])
    expect(plan.article.infobox.sides.map((side) => side.casualties)).toEqual(['Qing: 300', 'Taranchi: unknown'])
    expect(blocksOf(tree).filter((block) => block.kind === 'caption')).toHaveLength(2)
    expect(plan.maps.map((map) => map.originalFileName)).toEqual(['Ili-valley-sketch.png'])
    expect(plan.source.figures.map((figure) => figure.fileName)).toEqual(['East-gate.jpg'])
    // A polity's and a town's years are headings, not events.
    expect(plan.events).toEqual([])
  })

  it('resolves markers, reuse, short forms and ISBNs, and flags what is wrong', () => {
    const smith = citationOfNote(plan, 2)
    expect(citationOfNote(plan, 1)).toBe(smith)
    expect(plan.citeUses.filter((use) => use.marker === 2)).toHaveLength(3)
    expect(smith?.uses).toBe(4)
    expect(smith?.isbn).toBe('978-0-19-820000-0')
    expect(citationOfNote(plan, 3)).toMatchObject({ type: 'article-journal', containerTitle: 'Journal of Frontier Studies' })
    expect(citationOfNote(plan, 4)?.isbn).toBeNull()
    expect(flagsOf(plan, 'bad-identifier')).toEqual([expect.objectContaining({ marker: '[4]', message: expect.stringContaining('ISBN check digit wrong: "0-674-00000-0"') })])
    expect(flagsOf(plan, 'dangling-marker').map((flag) => flag.marker)).toEqual(['[9]'])
    expect(flagsOf(plan, 'uncited-note').map((flag) => flag.marker)).toEqual(['[5]'])
    expect(flagsOf(plan, 'citation-needed')).toHaveLength(1)
    expect(flagsOf(plan, 'unsourced-paragraph')).toHaveLength(1)
  })

  it('keeps the related-articles summary out of the body', () => {
    expect(JSON.stringify(plan.article.body)).not.toContain('Lake Balkhash')
    expect(tree.sections.at(-1)?.role).toBe('related')
  })
})

describe('a Chinese wiki page converted to Markdown', () => {
  // Made before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  let tree: DocumentTree
  let plan: ImportPlan
  beforeEach(() => {
    tree = parseDocument(CHINESE_MARKDOWN, { fileName: 'tacheng.md' })
    plan = planImport(tree, CHINESE_MARKDOWN)
  })

  it('reads title, language, categories and the note list with its empty note', () => {
    expect(tree.metadata).toMatchObject({ title: '塔城之战', language: 'zh', categories: ['测试'] })
    expect(plan.article.locale).toBe('zh')
    expect(flagsOf(plan, 'empty-note').map((flag) => flag.marker)).toEqual(['[2]'])
    expect(flagsOf(plan, 'dangling-marker').map((flag) => flag.marker)).toEqual(['[5]'])
    expect(flagsOf(plan, 'uncited-note').map((flag) => flag.marker)).toEqual(['[4]'])
  })

  it('makes notes 1 and 4 one work with two pinpoints', () => {
    expect(citationOfNote(plan, 1)).toBe(citationOfNote(plan, 4))
    expect(citationOfNote(plan, 1)?.title.original).toBe('平定准噶尔方略')
    expect(citationOfNote(plan, 3)?.authors[0]?.literal).toBe('王某')
  })

  it('merges both link forms of 塔城 into one place and classifies people by context', () => {
    const tacheng = plan.entities.filter((entity) => entity.names.some((name) => name.name === '塔城'))
    expect(tacheng).toHaveLength(1)
    expect(tacheng[0]?.kind).toBe('place')
    expect(plan.entities.find((entity) => entity.key === 'zh:明瑞')?.kind).toBe('person')
    expect(plan.entities.find((entity) => entity.key === 'zh:阿桂')?.kind).toBe('person')
    expect(plan.unclassifiedLinks).toContain('伊犁')
    expect(plan.entities.some((entity) => entity.names.some((name) => name.name === '伊犁将军'))).toBe(false)
  })

  it('flags 二十一年（1757年） of 乾隆: year 21 is 1756, and reads the map caption', () => {
    expect(flagsOf(plan, 'date-mismatch').map((flag) => flag.message)).toEqual(['二十一年 is 1756, but the text gives 1757.'])
    expect(plan.maps).toEqual([expect.objectContaining({ caption: '塔城地图', originalFileName: 'Tacheng_map.png', imageStatus: 'missing' })])
  })
})

describe('a wiki page in HTML', () => {
  // Made before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  let tree: DocumentTree
  let plan: ImportPlan
  beforeEach(() => {
    tree = parseDocument(WIKI_HTML, { fileName: 'kuldja.html' })
    plan = planImport(tree, WIKI_HTML)
  })

  it('reads headings, infobox, links, markers and the reference list', () => {
    expect(tree.format).toBe('html')
    expect(tree.metadata.title).toBe('Battle of Kuldja')
    expect(plan.article.infobox.start?.date).toBe('1871')
    expect(plan.article.infobox.location).toBe('Kuldja')
    expect(plan.article.infobox.sides.map((side) => side.belligerents)).toEqual(['Qing', 'Russia'])
    expect(plan.entities.filter((entity) => entity.key === 'en:kuldja').map((entity) => entity.kind)).toEqual(['place'])
    expect(plan.events.map((event) => event.name)).toEqual(['Occupation of the valley'])
    expect(citationOfNote(plan, 1)?.uses).toBe(2)
    expect(flagsOf(plan, 'empty-note').map((flag) => flag.marker)).toEqual(['[2]'])
    for (const segment of plan.source.segments) expect(segment.text).toBe(WIKI_HTML.slice(segment.start, segment.end))
  })
})

describe('segment ids', () => {
  it('stay the same for unchanged text when a paragraph is added', () => {
    const before = planImport(parseDocument(ENGLISH_MIRROR), ENGLISH_MIRROR)
    const edited = ENGLISH_MIRROR.replace('Kuldja (1871–1872)\n', 'Kuldja (1871–1872)\n\nA new paragraph written by an editor about the siege of the town.\n')
    const after = planImport(parseDocument(edited), edited)
    const ids = (plan: ImportPlan) => new Set(plan.source.segments.map((segment) => segment.segmentId))
    const kept = [...ids(before)].filter((id) => ids(after).has(id))
    expect(kept).toHaveLength(before.source.segments.length)
    expect(after.source.segments).toHaveLength(before.source.segments.length + 1)
  })
})
