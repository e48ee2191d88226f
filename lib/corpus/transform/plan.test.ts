import { beforeEach, describe, expect, it } from 'vitest'

import { flagsOf, messagesOf, planText as plan, workOfNote } from '@/lib/corpus/testing'
import type { ImportPlan } from '@/lib/corpus/transform/types'

/**
 * What the import plan decides to write, read off documents written for this
 * test (English and Chinese): which flags an editor sees and on which segment,
 * which works are cited how often, and what the article body says. Plans are
 * made in beforeEach, not while the tests are collected: mutation testing
 * switches a planted bug on only when the tests start.
 */

const SURVEY = `# The Tarbagatai Survey

The survey of the Tarbagatai line began in 1764 under officers from Kobdo. \\[1\\] They   measured the posts \\[2\\] and the passes.

The stations were repaired twice. \\[citation needed\\]

A paragraph with no marker at all, written only to be flagged.

The relay to Uliastai is described in a note that is missing. \\[7\\]

  - A list item without any citation, which is not a paragraph.

> A quotation from a memorial on the line. \\[3\\]

## Notes

1.  Marsh, Alan. Survey of the Line. London: Hale, 1980. ISBN 978-0-19-820000-1.
2.  Ibid., 12.
3.  Kang 2013, p. 3.
4.
5.  Okada, Ken. The Kobdo Garrison. Kyoto: Rinsen, 1975. doi:10.bad
`

describe('flags: what an editor is told to look at, on the segment it concerns', () => {
  let survey: ImportPlan
  beforeEach(() => {
    survey = plan(SURVEY, 'survey.md')
  })
  const segment = (start: string) => survey.source.segments.find((candidate) => candidate.text.startsWith(start))?.text ?? null

  it('flags each problem once, on its own paragraph or note', () => {
    expect(flagsOf(survey)).toEqual([
      { kind: 'citation-needed', marker: null, on: segment('The stations') },
      { kind: 'unsourced-paragraph', marker: null, on: segment('The stations') },
      { kind: 'unsourced-paragraph', marker: null, on: segment('A paragraph with no marker') },
      { kind: 'dangling-marker', marker: '[7]', on: segment('The relay') },
      { kind: 'unsourced-paragraph', marker: null, on: segment('The relay') },
      { kind: 'empty-note', marker: '[4]', on: '4.' },
      { kind: 'uncited-note', marker: '[5]', on: segment('5.') },
      { kind: 'bad-identifier', marker: '[1]', on: segment('1.') },
      { kind: 'bad-identifier', marker: '[5]', on: segment('5.') },
      { kind: 'short-note-unresolved', marker: '[3]', on: segment('3.') },
    ])
  })

  it('says in words what is wrong', () => {
    expect(messagesOf(survey, 'citation-needed')).toEqual(['The text asks for a citation here.'])
    expect(messagesOf(survey, 'unsourced-paragraph')).toEqual(Array(3).fill('No citation supports this paragraph.'))
    expect(messagesOf(survey, 'dangling-marker')).toEqual(['Marker [7] has no note in the note list.'])
    expect(messagesOf(survey, 'empty-note')).toEqual(['Note 4 is empty.'])
    expect(messagesOf(survey, 'uncited-note')).toEqual(['No marker in the text cites note 5.'])
    expect(messagesOf(survey, 'bad-identifier')).toEqual([
      'Note 1: ISBN check digit wrong: "978-0-19-820000-1" (its other digits call for 0). Kept as written in the note; the work has no ISBN until it is corrected.',
      'Note 5: "10.bad" is not a well-formed DOI (10.NNNN/suffix). Kept as written in the note; the work has no DOI until it is corrected.',
    ])
    expect(messagesOf(survey, 'short-note-unresolved')).toEqual(['Note 3 ("Kang 2013, p. 3.") is a short reference to a work the document does not cite in full.'])
  })

  it('keeps a wrong identifier out of the work, as written in its note', () => {
    expect(workOfNote(survey, 1)).toMatchObject({ isbn: null, note: expect.stringContaining('ISBN 978-0-19-820000-1') })
    expect(workOfNote(survey, 5)).toMatchObject({ doi: null, note: expect.stringContaining('doi:10.bad') })
  })

  it('tells a marker in a document with no note list apart from one missing from the list', () => {
    const bare = plan('# Kobdo\n\nThe fort at Kobdo was built in 1731 on the Buyant river. \\[1\\]\n', 'kobdo.md')
    expect(messagesOf(bare, 'dangling-marker')).toEqual(['Marker [1] points to a note list the document does not have.'])
    expect(bare.citeUses).toEqual([expect.objectContaining({ marker: 1, citationKey: null, locator: null, quote: null })])
  })

  it('names a wrong identifier in a bibliography entry as such', () => {
    const text = `# Yarkand\n\nYarkand was a garrison town on the southern road of the Tarim basin. \\[1\\]\n\n## Bibliography\n\n  - Ferreira, Ana. Oasis Towns. Lisbon: Tinta, 2004. ISBN 978-0-19-820000-1.\n\n## Notes\n\n1.  Ferreira 2004, p. 8.\n`
    const yarkand = plan(text, 'yarkand.md')
    expect(messagesOf(yarkand, 'bad-identifier')).toEqual([expect.stringMatching(/^A bibliography entry: ISBN check digit wrong: .* the work has no ISBN until it is corrected\.$/)])
    expect(flagsOf(yarkand).find((flag) => flag.kind === 'bad-identifier')).toEqual({ kind: 'bad-identifier', marker: null, on: expect.stringContaining('Ferreira, Ana. Oasis Towns') })
    expect(flagsOf(yarkand).some((flag) => flag.kind === 'short-note-unresolved')).toBe(false)
  })
})

describe('citations: one work per book, each use counted', () => {
  let survey: ImportPlan
  beforeEach(() => {
    survey = plan(SURVEY, 'survey.md')
  })

  it('joins Ibid. to the work before it, keeping both notes as written and its pinpoint on the use', () => {
    const marsh = workOfNote(survey, 1)
    expect(workOfNote(survey, 2)).toBe(marsh)
    expect(marsh?.noteNumbers).toEqual([1, 2])
    expect(marsh?.note).toBe('Marsh, Alan. Survey of the Line. London: Hale, 1980. ISBN 978-0-19-820000-1.\nIbid., 12.')
    expect(survey.citeUses.filter((use) => use.citationKey === marsh?.key).map((use) => use.locator)).toEqual([null, { locatorType: 'page', locator: '12' }])
  })

  it('counts the markers that cite each work, none for a note nobody cites', () => {
    expect(survey.citations.map((citation) => [citation.title.original, citation.uses])).toEqual([
      ['Survey of the Line', 2],
      ['Kang 2013, p. 3.', 1],
      ['The Kobdo Garrison', 0],
    ])
  })

  it('writes a note repeated word for word into the work once', () => {
    const text = `# Aksu\n\nAksu lay on the road west of Kucha. \\[1\\]\n\nIts bazaar was large. \\[2\\]\n\nIts garrison was small. \\[3\\]\n\n## Notes\n\n1.  Lindqvist, Eva. The Oasis Road. Uppsala: Nordic Press, 1991.\n2.  Ibid., 40.\n3.  Ibid., 40.\n`
    const aksu = plan(text, 'aksu.md')
    expect(aksu.citations).toHaveLength(1)
    expect(aksu.citations[0]?.note).toBe('Lindqvist, Eva. The Oasis Road. Uppsala: Nordic Press, 1991.\nIbid., 40.')
    expect(aksu.citations[0]?.noteNumbers).toEqual([1, 2, 3])
    expect(aksu.citations[0]?.uses).toBe(3)
  })

  it('takes a bibliography entry as a work, its pages from the entry, and joins a short note to it', () => {
    const text = `# Khotan\n\nKhotan sent jade to the court every year. \\[1\\]\n\n## Notes\n\n1.  Nakamura 1988, p. 14.\n\n## Bibliography\n\n  - Nakamura, Jun (1988). "Jade Tribute from Khotan". Journal of Oasis Studies. 4. pp. 101–130.\n`
    const khotan = plan(text, 'khotan.md')
    expect(khotan.citations).toHaveLength(1)
    expect(khotan.citations[0]).toMatchObject({ title: { original: 'Jade Tribute from Khotan' }, pages: '101–130', noteNumbers: [1], uses: 1 })
    expect(khotan.citeUses[0]?.locator).toEqual({ locatorType: 'page', locator: '14' })
  })

  it('takes the page range of a bibliography entry for a work a full note cited first', () => {
    const text = `# Kucha\n\nKucha paid its tribute in horses. \\[1\\]\n\n## Notes\n\n1.  Nakamura, Jun (1988). "Horses from Kucha". Journal of Oasis Studies. 4. p. 7.\n\n## Bibliography\n\n  - Nakamura, Jun (1988). "Horses from Kucha". Journal of Oasis Studies. 4. pp. 1–20.\n`
    const kucha = plan(text, 'kucha.md')
    expect(kucha.citations.map((citation) => [citation.title.original, citation.pages])).toEqual([['Horses from Kucha', '1–20']])
    expect(kucha.citeUses[0]?.locator).toEqual({ locatorType: 'page', locator: '7' })
  })

  it('reads a Chinese bibliography and notes the same way', () => {
    const text = `# 喀什噶尔\n\n喀什噶尔为南路重镇。\\[1\\]\\[2\\]\n\n## 参考书目\n\n  - 周平：《南路城镇考》，北京：中华书局，1999年。\n\n## 注释\n\n1.  周平：《南路城镇考》，北京：中华书局，1999年，第33页。\n2.  同上，第35页。\n`
    const kashgar = plan(text, 'kashgar.md')
    expect(kashgar.citations.map((citation) => citation.title.original)).toEqual(['南路城镇考'])
    expect(kashgar.citations[0]?.noteNumbers).toEqual([1, 2])
    expect(kashgar.citeUses.map((use) => use.locator?.locator)).toEqual(['33', '35'])
  })
})

describe('segments', () => {
  it('give repeated text its own id, and record the heading path of nested sections', () => {
    const text = `# Kobdo\n\nThe fort stood on the river.\n\n## Garrison\n\n### Officers\n\nThe fort stood on the river.\n`
    const kobdo = plan(text, 'kobdo.md')
    const paragraphs = kobdo.source.segments.filter((segment) => segment.kind === 'paragraph')
    expect(paragraphs.map((segment) => segment.sectionPath)).toEqual(['', 'Garrison > Officers'])
    expect(paragraphs[0]?.segmentId).toMatch(/^seg-[0-9a-f]{16}$/)
    expect(paragraphs[1]?.segmentId).toBe(`${paragraphs[0]?.segmentId}-2`)
    for (const segment of kobdo.source.segments) expect(segment.text).toBe(text.slice(segment.start, segment.end))
  })
})

describe('the article body', () => {
  it('puts each marker against the word before it, collapses spacing, drops what has no note', () => {
    const survey = plan(SURVEY, 'survey.md')
    const marsh = workOfNote(survey, 1)?.key
    expect(survey.article.body[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'The survey of the Tarbagatai line began in 1764 under officers from Kobdo.' },
        { type: 'cite', citationKey: marsh, locator: null, quote: null },
        { type: 'text', text: ' They measured the posts' },
        { type: 'cite', citationKey: marsh, locator: { locatorType: 'page', locator: '12' }, quote: null },
        { type: 'text', text: ' and the passes.' },
      ],
    })
    expect(survey.article.body.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'list', 'quote'])
    expect(survey.article.body[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'The stations were repaired twice.' }, { type: 'citationNeeded' }] })
    expect(JSON.stringify(survey.article.body)).not.toMatch(/Marsh, Alan|\[7\]|Notes/)
  })

  it('keeps headings between levels 2 and 6 and leaves out a converter notice', () => {
    const text = `> 本文内容由[乌里雅苏台](https://zh.wikipedia.org/wiki/乌里雅苏台)转换而来。\n\n# 乌里雅苏台\n\n乌里雅苏台为定边左副将军驻地。\n\n## 沿革\n\n###### 城垣\n\n城垣建于雍正年间。\n`
    const uliastai = plan(text, 'uliastai.md')
    expect(uliastai.article.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '乌里雅苏台为定边左副将军驻地。' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: '沿革' }] },
      { type: 'heading', level: 6, children: [{ type: 'text', text: '城垣' }] },
      { type: 'paragraph', children: [{ type: 'text', text: '城垣建于雍正年间。' }] },
    ])
  })
})

describe('more of the body, works and events', () => {
  const BODY = `# Ili\n\nThe garrison of [Ili](https://en.wikipedia.org/wiki/Ili "wikilink") marched\nnorth. \\[1\\] \\[2\\]\n\nThe archive keeps the letters of the governors. \\[3\\]\n\nThe second copy of the letters is in the same archive. \\[4\\]\n\n乾隆二十九年，伊犁筑城。\n\n## See also\n\n  - [Ili General](https://en.wikipedia.org/wiki/Ili_General "wikilink")\n\n## Notes\n\n1.  Marsh, Alan. Survey of the Line. London: Hale, 1980.\n2.  Ibid., 4.\n3.  Archive of the Ministry, fond 1, opis 2.\n4.  Archive of the Ministry, fond 1, opis 2.\n`

  it('keeps a link as its words, joins lines, and leaves no empty text between markers', () => {
    const body = plan(BODY, 'ili.md').article.body
    const marsh = workOfNote(plan(BODY, 'ili.md'), 1)?.key
    expect(body[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'The garrison of Ili marched north.' },
        { type: 'cite', citationKey: marsh, locator: null, quote: null },
        { type: 'cite', citationKey: marsh, locator: { locatorType: 'page', locator: '4' }, quote: null },
      ],
    })
  })

  it('writes a full note repeated word for word into its work once', () => {
    const archive = workOfNote(plan(BODY, 'ili.md'), 3)
    expect(archive).toMatchObject({ note: 'Archive of the Ministry, fond 1, opis 2.', noteNumbers: [3, 4], uses: 2 })
  })

  it('takes no entity from a see-also list, and no era date the text gives no year for', () => {
    const ili = plan(BODY, 'ili.md')
    expect([...ili.entities.map((entity) => entity.key), ...ili.unclassifiedLinks]).toEqual(['en:ili'])
    expect(ili.eraDates).toEqual([])
  })

  it('names events after headings dated before or after their name, in English and Chinese', () => {
    const text = `# Events\n\n## 1864–1866: Revolt in the Ili valley\n\nText one of the revolt.\n\n## Siege of Kuldja (1871–1872)\n\nText two of the siege.\n\n## 1755至1757年：平定准噶尔之战\n\n正文。\n\n## 1690年：乌兰布通之战（噶尔丹）\n\n正文二。\n`
    expect(plan(text, 'events.md').events.map((event) => [event.name, event.start.date, event.end.date])).toEqual([
      ['Revolt in the Ili valley', '1864', '1866'],
      ['Siege of Kuldja', '1871', '1872'],
      ['平定准噶尔之战', '1755', '1757'],
      ['乌兰布通之战', '1690', '1690'],
    ])
  })
})
