import { beforeEach, describe, expect, it } from 'vitest'

import type { Manifest } from '@/lib/corpus/manifest'
import { flagsOf, messagesOf, planText as plan, workOfNote } from '@/lib/corpus/testing'
import type { ImportPlan } from '@/lib/corpus/transform/types'

/**
 * What the import plan reads besides the text and its notes, off documents
 * written for this test (English and Chinese, Markdown and HTML): the infobox,
 * maps and figures, events, era dates, the kinds of segments, and where the
 * source came from. Plans are made in beforeEach or inside the test, not while
 * the tests are collected: mutation testing switches a planted bug on only
 * when the tests start.
 */

const BATTLE_HTML = `<!DOCTYPE html><html><head><title>Battle of the Emil - Wiki</title></head><body>
<h1>Battle of the Emil</h1>
<table class="infobox">
<tr><th>Native name</th><td>Russian: «Битва на Эмиле»</td></tr>
<tr><th>Date</th><td>1768–1770<sup class="reference"><a href="#cite_note-1">[1]</a></sup></td></tr>
<tr><th>Location</th><td>Emil, Tarbagatai</td></tr>
<tr><th>Result</th><td>Qing victory</td></tr>
<tr><th>Territorial changes</th><td>None</td></tr>
<tr><th>Flag</th><td>Yellow dragon</td></tr>
<tr><th colspan="2">Belligerents</th></tr><tr><td>Qing</td><td>Kazakh Middle Horde</td></tr>
<tr><th colspan="2">Commanders and leaders</th></tr><tr><td>Qing: 3,000 men<sup class="reference"><a href="#cite_note-2">[2]</a></sup></td><td>Ablai Khan</td></tr>
</table>
<p>The battle on the <a href="/wiki/Emil_River">Emil River</a> was written for this test.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<h2>Second campaign (1771–1772)</h2>
<p>A second campaign followed.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<h2>Background</h2>
<p>Nothing dated here.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<ol class="references">
<li>Petrov, Ivan (1961). The Emil Campaigns. Moscow: Nauka. p. 17.</li>
<li>Ibid., p. 40.</li>
</ol>
</body></html>`

describe('the infobox', () => {
  let battle: ImportPlan
  beforeEach(() => {
    battle = plan(BATTLE_HTML, 'emil.html')
  })

  it('reads the dates, place, result and territorial changes into their fields', () => {
    expect(battle.article.infobox.start).toEqual({ date: '1768', precision: 'year', originalText: expect.stringContaining('1768–1770') })
    expect(battle.article.infobox.end).toEqual({ date: '1770', precision: 'year', originalText: expect.stringContaining('1768–1770') })
    expect(battle.article.infobox.location).toBe('Emil, Tarbagatai')
    expect(battle.article.infobox.result).toBe('Qing victory')
    expect(battle.article.infobox.territorialChanges).toBe('None')
  })

  it('keeps a row it has no field for, and reads the native name with its language', () => {
    expect(battle.article.infobox.otherRows).toEqual([{ label: 'Flag', value: 'Yellow dragon' }])
    expect(battle.article.nativeNames).toEqual([{ name: 'Битва на Эмиле', language: 'ru', script: 'Cyrl', kind: 'official' }])
  })

  it('reads each side, taking head counts under "commanders" as strengths', () => {
    expect(battle.article.infobox.sides).toEqual([
      { belligerents: 'Qing', commanders: null, strength: 'Qing: 3,000 men', casualties: null },
      { belligerents: 'Kazakh Middle Horde', commanders: 'Ablai Khan', strength: null, casualties: null },
    ])
    expect(battle.entities.find((entity) => entity.names.some((name) => name.name === 'Ablai Khan'))?.kind).toBe('person')
  })

  it('cites each value with the work and pinpoint of its note', () => {
    const petrov = workOfNote(battle, 1)?.key
    expect(battle.article.infobox.citations).toEqual([
      { value: 'date', side: null, citationKey: petrov, locator: '17' },
      { value: 'strength', side: 1, citationKey: petrov, locator: '40' },
    ])
  })

  it('names events after dated headings only', () => {
    expect(battle.events).toEqual([
      { key: '1771-1772:second campaign', name: 'Second campaign', start: expect.objectContaining({ date: '1771' }), end: expect.objectContaining({ date: '1772' }), sectionPath: 'Second campaign (1771–1772)' },
    ])
  })
})

describe('maps and figures', () => {
  const text = `# 伊犁\n\n伊犁为将军驻地。\n\n[Ili_valley.png](https://zh.wikipedia.org/wiki/File:Ili_valley.png "fig:Ili_valley.png")伊犁河谷地图。据乾隆年间舆图绘制\\]\\]\n\n[East_gate.jpg](https://zh.wikipedia.org/wiki/File:East_gate.jpg "fig:East_gate.jpg")惠远城东门\\]\\]\n`
  it('makes a caption that speaks of a map a map titled by its first sentence, and keeps other pictures as figures', () => {
    const ili = plan(text, 'ili.md')
    expect(ili.maps).toEqual([
      { title: '伊犁河谷地图', caption: '伊犁河谷地图。据乾隆年间舆图绘制', originalFileName: 'Ili_valley.png', imageStatus: 'missing', segmentId: expect.stringMatching(/^seg-/) },
    ])
    expect(ili.source.figures).toEqual([{ caption: '惠远城东门', fileName: 'East_gate.jpg', segmentId: expect.stringMatching(/^seg-/) }])
  })

  it('ends an English title at the first full stop followed by a space', () => {
    const english = `# Ili\n\nThe Ili valley was the seat of the military governor.\n\n[Ili_survey.png](https://en.wikipedia.org/wiki/File:Ili_survey.png "fig:Ili_survey.png")The Ili frontier in 1.5 versts to the inch. Surveyed in 1882.\\]\\]\n`
    expect(plan(english, 'ili-en.md').maps.map((map) => map.title)).toEqual(['The Ili frontier in 1.5 versts to the inch'])
  })
})

describe('where the source came from', () => {
  const text = `# Tarbagatai\n\nThe town of [Tarbagatai](https://en.wikipedia.org/wiki/Tarbagatai) lay near the Russian border in the north.\n`
  const manifest: Manifest = {
    title: 'Tarbagatai (machine translation)',
    language: 'en',
    kind: 'machine-translation',
    origin: { site: 'Example Wiki', url: 'https://example.org/t', retrieved: '2025-01-02', licence: 'CC BY-SA 4.0', attribution: 'Example Wiki contributors' },
    machineTranslated: true,
    translatedFrom: 'zh',
    public: true,
    publishOnFirstStart: true,
  }

  it('records the manifest: origin, translation, whether it is public and published', () => {
    const planned = plan(text, 'tarbagatai.md', manifest)
    expect(planned.source).toMatchObject({
      title: 'Tarbagatai (machine translation)',
      language: 'en',
      kind: 'machine-translation',
      machineTranslated: true,
      translatedFrom: 'zh',
      public: true,
      origin: { site: 'Example Wiki', url: 'https://example.org/t', retrievedAt: '2025-01-02', licence: 'CC BY-SA 4.0', attribution: 'Example Wiki contributors' },
    })
    expect(planned.article).toMatchObject({ title: 'Tarbagatai (machine translation)', locale: 'en', publish: true })
    expect(planned.entities.flatMap((entity) => entity.names).find((name) => name.name === 'Tarbagatai')?.kind).toBe('machine-translation')
  })

  it('keeps an upload private and unpublished, with what the editor chose', () => {
    const planned = plan(text, 'tarbagatai.md', { title: 'Tarbagatai notes', kind: 'secondary', language: 'en' })
    expect(planned.source).toMatchObject({ title: 'Tarbagatai notes', kind: 'secondary', machineTranslated: false, translatedFrom: null, public: false, origin: null })
    expect(planned.article.publish).toBe(false)
    expect(planned.entities.flatMap((entity) => entity.names).find((name) => name.name === 'Tarbagatai')?.kind).toBe('official')
    expect(plan(text, 'tarbagatai.md').source).toMatchObject({ title: 'Tarbagatai', kind: null })
  })
})

describe('era dates', () => {
  it('records each era date with its segment, flagging only those the text gets wrong', () => {
    const text = `# 雅尔城\n\n乾隆二十九年（1764年），筑雅尔城。\n\n乾隆三十年（1767年），移驻塔尔巴哈台。\n`
    const yar = plan(text, 'yar.md')
    const paragraphs = yar.source.segments.filter((segment) => segment.kind === 'paragraph')
    expect(yar.eraDates.map((date) => [date.originalText, date.gregorianGiven, date.segmentId])).toEqual([
      [expect.stringContaining('二十九年'), 1764, paragraphs[0]?.segmentId],
      [expect.stringContaining('三十年'), 1767, paragraphs[1]?.segmentId],
    ])
    expect(flagsOf(yar).filter((flag) => flag.kind === 'date-mismatch')).toEqual([{ kind: 'date-mismatch', marker: null, on: paragraphs[1]?.text }])
    expect(messagesOf(yar, 'date-mismatch')).toEqual([expect.stringMatching(/ is 1765, but the text gives 1767\.$/)])
  })
})

describe('what the import plan reads from every kind of block', () => {
  const KINDS_HTML = `<!DOCTYPE html><html><head><title>Kobdo - Wiki</title></head><body>
<h1>Kobdo</h1>
<table class="infobox">
<tr><th>Native name</th><td>«Кобдо»</td></tr>
<tr><th>Native name</th><td>Chinese：科布多</td></tr>
<tr><th>Native name</th><td>Manchu: ᡴᠣᠪᡩᠣ</td></tr>
<tr><th>Date</th><td>Spring</td></tr>
<tr><th>Location</th><td></td><td>Kobdo</td></tr>
<tr><th>Belligerents</th><td></td><td>Zunghar Khanate</td></tr>
<tr><th>Commanders and leaders</th><td>Qing: Zhaohui<br>3,000 men</td><td>Amursana</td></tr>
</table>
<h2>Fort</h2>
<p>The fort at Kobdo stood on the Buyant river.</p>
<blockquote>A memorial on the fort and its walls.</blockquote>
<ul><li>The east gate</li></ul>
<table class="wikitable"><tr><td>Gate</td><td>Built</td></tr></table>
<figure><img src="Kobdo_map.png"><figcaption>The fort and its walls.</figcaption></figure>
</body></html>`

  it('makes a segment of each heading, paragraph, quotation, list item, infobox and table row, and caption', () => {
    const kobdo = plan(KINDS_HTML, 'kobdo.html')
    expect(kobdo.source.segments.map((segment) => segment.kind)).toEqual([
      ...Array(7).fill('infobox'),
      'heading',
      'paragraph',
      'quotation',
      'list-item',
      'table-row',
      'caption',
    ])
  })

  it('reads native names with or without a language label, quoted or not', () => {
    expect(plan(KINDS_HTML, 'kobdo.html').article.nativeNames).toEqual([
      { name: 'Кобдо', language: 'ru', script: 'Cyrl', kind: 'official' },
      { name: '科布多', language: 'zh', script: 'Hans', kind: 'official' },
      { name: 'ᡴᠣᠪᡩᠣ', language: 'mnc', script: 'Mong', kind: 'official' },
    ])
  })

  it('leaves a date it finds no year in empty, and an empty side empty', () => {
    const { infobox } = plan(KINDS_HTML, 'kobdo.html').article
    expect([infobox.start, infobox.end, infobox.location]).toEqual([null, null, 'Kobdo'])
    expect(infobox.sides).toEqual([
      { belligerents: null, commanders: 'Qing: Zhaohui\n3,000 men', strength: null, casualties: null },
      { belligerents: 'Zunghar Khanate', commanders: 'Amursana', strength: null, casualties: null },
    ])
  })

  it('takes commanders as people by their names, never a head count among them', () => {
    const people = plan(KINDS_HTML, 'kobdo.html').entities.filter((entity) => entity.kind === 'person')
    expect(people.map((person) => person.names.map((name) => name.name))).toEqual([['Zhaohui'], ['Amursana']])
  })

  it('takes a caption for a map when its file is named as one', () => {
    const kobdo = plan(KINDS_HTML, 'kobdo.html')
    expect(kobdo.maps.map((map) => [map.title, map.originalFileName])).toEqual([['The fort and its walls', 'Kobdo_map.png']])
    expect(kobdo.source.figures).toEqual([])
  })
})

describe('infobox rows and body text at their edges', () => {
  const EDGES_HTML = `<!DOCTYPE html><html><head><title>Emil camp</title></head><body>
<h1>Emil camp</h1>
<table class="infobox">
<tr><th>Native name</th><td></td><td>Russian : « Эмиль »</td></tr>
<tr><th>Native name</th><td>Форт «Или»</td></tr>
<tr><th>Belligerents</th><td></td><td>Dzungar Khanate</td></tr>
<tr><th>Commanders</th><td></td><td>Dzungars:Galdan Tseren</td></tr>
<tr><td></td></tr>
</table>
<p><sup class="reference"><a href="#cite_note-1">[1]</a></sup>The camp on the Emil stood by the river.</p>
<p>[8] [9]</p>
<h2>1755 - 1757 : Conquest of Dzungaria</h2>
<p>The conquest followed.</p>
<h2>Treaty (of Ili) talks (1879–1881)</h2>
<p>The talks followed.</p>
<ol class="references"><li>Petrov, Ivan (1961). The Emil Campaigns. Moscow: Nauka. p. 17.</li></ol>
</body></html>`
  let edges: ImportPlan
  beforeEach(() => {
    edges = plan(EDGES_HTML, 'edges.html')
  })

  it('reads a native name after a spaced label and inside spaced quotation marks, keeps marks inside a name, and skips an empty side', () => {
    expect(edges.article.nativeNames.map(({ name, language }) => [name, language])).toEqual([
      ['Эмиль', 'ru'],
      ['Форт «Или»', 'ru'],
    ])
  })

  it('keeps a side with no entries as an empty side, and takes a commander written without a space after the colon', () => {
    expect(edges.article.infobox.sides).toEqual([
      { belligerents: null, commanders: null, strength: null, casualties: null },
      { belligerents: 'Dzungar Khanate', commanders: 'Dzungars:Galdan Tseren', strength: null, casualties: null },
    ])
    expect(edges.entities.filter((entity) => entity.kind === 'person').map((person) => person.names.map((name) => name.name))).toEqual([['Galdan Tseren']])
  })

  it('keeps no empty row among the other rows', () => {
    expect(edges.article.infobox.otherRows).toEqual([])
  })

  it('cites from a marker that opens a paragraph, and writes no paragraph of markers whose notes are missing', () => {
    const paragraphs = edges.article.body.filter((node) => node.type === 'paragraph')
    expect(paragraphs[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'cite', citationKey: workOfNote(edges, 1)?.key, locator: { locatorType: 'page', locator: '17' }, quote: null },
        { type: 'text', text: 'The camp on the Emil stood by the river.' },
      ],
    })
    expect(paragraphs.map((node) => node.type === 'paragraph' && node.children.length)).toEqual([2, 1, 1])
  })

  it('names an event after a heading with spaced dates, and drops only the dates in parentheses at the end', () => {
    expect(edges.events.map((event) => event.name)).toEqual(['Conquest of Dzungaria', 'Treaty (of Ili) talks'])
  })
})

