import { describe, expect, it } from 'vitest'

import { blocksOf, outlineOf } from '@/lib/corpus/testing'
import { ImportInputError } from './input'
import { PARSE_LIMITS, type ParseLimits } from './limits'
import { parseHtml } from './html'

/** HTML written for these tests, in the shapes wiki pages and their mirrors are saved in. */

const parse = (raw: string, language = 'en', limits: ParseLimits = PARSE_LIMITS) => parseHtml(raw, language, { fileName: 'test.html', limits })
const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`
const outline = (body: string) => outlineOf(parse(page(body)))

const LEAD = 'The Kuldja garrison held the Ili valley for the Qing from the 1760s until the Russian occupation of 1871.'

describe('the title', () => {
  it('is the level-one heading, which leaves the text', () => {
    const tree = parse(page(`<h1>Kuldja garrison</h1><p>${LEAD}</p><h2>Aftermath</h2><p>The treaty.</p>`, '<title>Frontier Wiki | Other</title>'))
    expect(tree.metadata).toEqual({ title: 'Kuldja garrison', language: 'en', description: null, siteName: null, categories: [] })
    expect(outlineOf(tree)).toEqual([`p ${LEAD}`, 'h2 Aftermath', 'p The treaty.'])
  })

  it('is the part of the page title the opening paragraphs are about, when no level-one heading names it', () => {
    const body = `<h2>Background</h2><p>Notes for travellers.</p><p>${LEAD}</p>`
    expect(parse(page(body, '<title>Frontier Wiki – Kuldja garrison</title>')).metadata.title).toBe('Kuldja garrison')
    expect(parse(page('<p>惠远城是伊犁将军的驻地。</p>', '<title>边疆百科 | 惠远城</title>'), 'zh').metadata.title).toBe('惠远城')
  })

  it('is chosen by the first three paragraphs, read as one text, not by a credit line far below', () => {
    const body = `<p>A Qing picket guarded the crossing near</p><p>Khorgos pickets watched the caravans.</p><p>They were relieved every spring.</p><p>Written by the editors of Frontier Wiki.</p>`
    expect(parse(page(body, '<title>Frontier Wiki – Khorgos</title>')).metadata.title).toBe('Khorgos')
  })

  it('is empty for a page with neither a heading nor a page title', () => {
    expect(parse(page(`<p>${LEAD}</p>`)).metadata.title).toBe('')
  })
})

describe('running text', () => {
  it('reads paragraphs and headings of every level, through containers, and skips scripts, navigation, comments and asides', () => {
    const body = `<nav><p>Main page</p></nav><header><p>Frontier Wiki</p></header><main><article><section><div><h1>T</h1><h3>Forts</h3><p>${LEAD}<script>track()</script><!-- note --></p></div></section></article></main><aside><p>Donate</p></aside><footer><p>Footer</p></footer><style>p{}</style>`
    expect(outline(body)).toEqual(['h3 Forts', `p ${LEAD}`])
  })

  it('keeps line breaks, link labels and an image inside a paragraph, and an anchor to a note as its text', () => {
    const body = '<h1>T</h1><p>The <a href="https://en.wikipedia.org/wiki/Ili_River" class="mw-redirect">Ili</a> rose<br>in spring.<a href="#cite_note-2">[2]</a></p><p><img alt="" src="/images/thumb/East%20gate.jpg?width=200"></p><p><a href="https://example.org/map">map</a></p>'
    expect(outline(body)).toEqual(['p The [[Ili River|Ili]] rose\nin spring.[2]', 'p {East gate.jpg}', 'p map'])
  })

  it('keeps the label of a link to a file page, and gathers category links once each', () => {
    const tree = parse(page('<h1>T</h1><p><a href="/wiki/File:Kuldja.jpg">the gate</a> stood.<a href="/wiki/Category:Forts">Forts</a><a href="/wiki/Category:Forts">Forts</a></p>'))
    expect(outlineOf(tree)).toEqual(['p the gate stood.'])
    expect(tree.metadata.categories).toEqual(['Forts'])
  })

  it('gives each block the span of its element in the raw page', () => {
    const raw = page(`<h1>T</h1><p>${LEAD}</p><ul><li>Huiyuan</li></ul>`)
    expect(blocksOf(parse(raw)).map((block) => raw.slice(block.start, block.end))).toEqual([`<p>${LEAD}</p>`, '<ul><li>Huiyuan</li></ul>'])
  })

  it('drops an empty paragraph, and the indentation between tags at the edges of a block', () => {
    expect(outline(`<h1>T</h1><p> </p><p>\n    ${LEAD}\n  </p><ul>\n  <li>\n    Huiyuan <b>fort</b>\n  </li>\n</ul>`)).toEqual([`p ${LEAD}`, 'ul - Huiyuan fort'])
  })

  it('reads a quotation', () => {
    expect(outline('<h1>T</h1><blockquote>The valley is ours.</blockquote>')).toEqual(['q The valley is ours.'])
  })

  it('keeps the sections after the references as written', () => {
    const tree = parse(page(`<h1>T</h1><p>${LEAD}</p><h2>References</h2><p>Smith.</p><h2>Kuldja</h2><p>More.</p>`))
    expect(tree.sections.map((section) => [section.headingPath.join(' > '), section.role])).toEqual([
      ['', 'body'],
      ['References', 'notes'],
      ['Kuldja', 'body'],
    ])
  })
})

describe('lists and notes', () => {
  it('numbers ordered items from the list start or their own value, and nests lists a level deeper', () => {
    const tree = parse(page('<h1>T</h1><ol start="3"><li>Suiding</li><li value="7">Guangren</li><li>Zhandeng<ul><li>Gate</li></ul><ol><li>Tower</li></ol></li></ol><ul><div>Not an item</div><li>Huiyuan</li></ul>'))
    expect(outlineOf(tree)).toEqual(['ol 3 Suiding / 7 Guangren / 5 Zhandeng / - Gate / 1 Tower', 'ul - Huiyuan'])
    const [ordered] = blocksOf(tree)
    expect(ordered?.kind === 'list' && ordered.items.map((item) => item.depth)).toEqual([0, 0, 0, 1, 1])
  })

  it('reads the references list with its reuse labels, and a note cited once without them', () => {
    const body = `<h1>T</h1><p>${LEAD}<sup><a href="#cite_note-1">[1]</a></sup></p><ol class="references"><li><span class="mw-cite-backlink">^ <a href="#a"><sup>a</sup></a> <a href="#b"><sup>b</sup></a></span> Smith 1990, p. 4.</li><li><span class="mw-cite-backlink"><a href="#c">^</a></span> Brown 2001.</li></ol>`
    const notes = blocksOf(parse(page(body))).find((block) => block.kind === 'noteList')
    expect(notes?.kind === 'noteList' && notes.notes.map(({ number, text, backlinks }) => ({ number, text, backlinks }))).toEqual([
      { number: 1, text: 'Smith 1990, p. 4.', backlinks: ['a', 'b'] },
      { number: 2, text: 'Brown 2001.', backlinks: [] },
    ])
  })

  it('reads the references inside the wrapper MediaWiki puts around them, with reuse labels written with their caret', () => {
    const body = `<h1>T</h1><p>${LEAD}</p><div class="mw-references-wrap"><ol class="references"><li><span class="mw-cite-backlink"><a href="#a">^1</a> <a href="#b">^2</a></span> Smith 1990.</li><div>not a note</div></ol></div>`
    const notes = blocksOf(parse(page(body))).find((block) => block.kind === 'noteList')
    expect(notes?.kind === 'noteList' && notes.notes.map(({ text, backlinks }) => [text, backlinks])).toEqual([['Smith 1990.', ['1', '2']]])
  })

  it('knows a note list by its back-links when it has no class', () => {
    const body = `<h1>T</h1><p>${LEAD}</p><ol><li><span class="mw-cite-backlink"><a href="#a">^</a></span> Smith 1990.</li></ol><ol><li>First step</li></ol>`
    expect(outline(body)).toEqual([`p ${LEAD}`, 'notes 1 Smith 1990.', 'ol 1 First step'])
  })
})

describe('tables, infoboxes and figures', () => {
  it('reads an infobox by its labels: a row per label, a lone label row followed by its values per side', () => {
    const body = `<h1>T</h1><table><tr><th colspan="2">Siege of Kuldja</th></tr><tr><td colspan="2"><img src="kuldja.jpg"></td></tr><tr><th>Date</th><td>1871</td></tr><tr><th colspan="2">Belligerents</th></tr><tr><td>Qing</td><td>Taranchi</td></tr><tr></tr></table>`
    expect(outline(body)).toEqual(['infobox Siege of Kuldja:  / : {kuldja.jpg} / Date: 1871 / Belligerents: Qing ‖ Taranchi'])
  })

  it('keeps a label row with no values row under it, whether another label or the end of the table follows', () => {
    const body = '<h1>T</h1><table class="infobox"><tr><th colspan="2">Belligerents</th></tr><tr><th>Date</th><td>1871</td></tr><tr><th colspan="2">Commanders</th></tr><tr><td>Zuo Zongtang</td><td>Yakub Beg</td></tr><tr><th colspan="2">Casualties</th></tr></table>'
    expect(outline(body)).toEqual(['infobox Belligerents:  / Date: 1871 / Commanders: Zuo Zongtang ‖ Yakub Beg / Casualties: '])
  })

  it('reads a table of class infobox as an infobox, whatever its labels, in Chinese too', () => {
    const tree = parse(page('<h1>塔城之战</h1><table class="vertical-navbox infobox"><tr><th>战役</th><td>塔城之战</td></tr><tr><th>日期</th><td>1757年</td></tr></table>'), 'zh')
    expect(outlineOf(tree)).toEqual(['infobox 战役: 塔城之战 / 日期: 1757年'])
  })

  it('reads any other table cell by cell', () => {
    expect(outline('<h1>T</h1><table><tr><th>Year</th><th>Men</th></tr><tr><td>1762</td><td>3,000</td></tr></table>')).toEqual(['table Year | Men / 1762 | 3,000'])
  })

  it('reads a figure or a wiki thumbnail as a caption with its file name, and drops one without a caption', () => {
    const body = '<h1>T</h1><figure><img src="/img/east-gate.jpg"><figcaption>The east gate</figcaption></figure><div class="thumb tright"><div class="thumbinner"><img src="//upload/huining.png"><div class="thumbcaption">Huining fort</div></div></div><figure><img src="x.jpg"></figure><figure><figcaption>A drawing lost</figcaption></figure>'
    expect(outline(body)).toEqual(['caption The east gate {east-gate.jpg}', 'caption Huining fort {huining.png}', 'caption A drawing lost {}'])
  })
})

describe('limits', () => {
  const limits = { ...PARSE_LIMITS, maxLinks: 2, maxNestingDepth: 8 }
  const refusal = (raw: string) => {
    try {
      parse(raw, 'en', limits)
    } catch (error) {
      if (error instanceof ImportInputError) return error.code
      throw error
    }
    return null
  }

  it('accepts as many links as the limit, not counting anchors without an address, and refuses one more', () => {
    expect(refusal(page('<p><a href="/wiki/A">a</a><a href="/wiki/B">b</a><a name="x">x</a></p>', '<link rel="stylesheet" href="/style.css">'))).toBeNull()
    expect(refusal(page('<p><a href="/wiki/A">a</a><a href="/wiki/B">b</a><a href="/wiki/C">c</a></p>'))).toBe('too-many-links')
  })

  it('accepts markup nested as deep as the limit and refuses one level more', () => {
    // html, body and the p are three levels; the divs make up the rest.
    const nested = (levels: number) => page(`${'<div>'.repeat(levels - 3)}<p>x</p>${'</div>'.repeat(levels - 3)}`)
    expect(refusal(nested(8))).toBeNull()
    expect(refusal(nested(9))).toBe('too-deep')
  })
})
