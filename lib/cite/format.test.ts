import { beforeEach, describe, expect, it } from 'vitest'

import { type CitationRecord, type CiteUse, type CslItem, formatBibliography, formatNotes, toCslItem } from './format'

const perdue: CitationRecord = {
  type: 'book',
  authors: [{ family: 'Perdue', given: 'Peter C.', role: 'author' }],
  title: { original: 'China Marches West: The Qing Conquest of Central Eurasia' },
  publisher: 'Harvard University Press',
  publisherPlace: 'Cambridge, MA',
  issued: '2005',
  isbn: '978-0-674-01684-2',
}

const millward: CitationRecord = {
  type: 'book',
  authors: [{ family: 'Millward', given: 'James A.' }],
  title: { original: 'Beyond the Pass: Economy, Ethnicity, and Empire in Qing Central Asia, 1759–1864' },
  publisher: 'Stanford University Press',
  publisherPlace: 'Stanford',
  issued: '1998',
}

const weiYuan: CitationRecord = {
  type: 'book',
  authors: [{ literal: '魏源', romanized: 'Wei Yuan' }],
  title: { original: '聖武記', romanized: 'Shengwu ji', translated: 'Record of imperial military exploits' },
  publisher: '中华书局',
  publisherPlace: '北京',
  issued: '1984',
  language: 'zh',
}

const maDazheng: CitationRecord = {
  type: 'article-journal',
  authors: [{ family: '马', given: '大正' }],
  title: { original: '清代的西北边疆', translated: 'The northwest frontier under the Qing' },
  containerTitle: '中国边疆史地研究',
  volume: '3',
  issue: '2',
  pages: '1-20',
  issued: '1999-06',
  language: 'zh',
}

const items = [toCslItem(perdue, 'perdue'), toCslItem(millward, 'millward'), toCslItem(weiYuan, 'wei'), toCslItem(maDazheng, 'ma')]

describe('toCslItem', () => {
  it('maps names, dates and identifiers to CSL variables', () => {
    const item = toCslItem(maDazheng, 'ma')
    expect(item).toMatchObject({
      id: 'ma',
      type: 'article-journal',
      author: [{ family: '马', given: '大正' }],
      'container-title': '中国边疆史地研究',
      issued: { 'date-parts': [[1999, 6]] },
      page: '1-20',
      language: 'zh',
    })
    expect(toCslItem(perdue, 'p').ISBN).toBe('978-0-674-01684-2')
  })

  it('gives an original-script name with its romanization, and puts the translated title in brackets', () => {
    const item = toCslItem(weiYuan, 'wei')
    expect(item.author).toEqual([{ literal: 'Wei Yuan 魏源' }])
    expect(item.title).toContain('Shengwu ji 聖武記')
    expect(item.title).toContain('[Record of imperial military exploits]')
    expect(item['title-short']).toBe('Shengwu ji 聖武記')
  })

  it('writes a Chinese name recorded in parts and in characters as romanization plus characters, in Chinese order', () => {
    const item = toCslItem({ type: 'book', title: { original: '新疆图志' }, authors: [{ family: 'Wang', given: 'Shunan', literal: '王树枏' }] }, 'w')
    expect(item.author).toEqual([{ literal: 'Wang Shunan 王树枏' }])
    expect(item.language).toBe('zh')
  })

  it('cites a name of another script in its romanized parts', () => {
    const item = toCslItem({ type: 'book', title: { original: 'Очерк' }, authors: [{ family: 'Babkov', given: 'I. F.', literal: 'Бабков' }] }, 'b')
    expect(item.author).toEqual([{ family: 'Babkov', given: 'I. F.' }])
  })

  it('maps every stored field to its CSL variable, trimmed, and leaves out what is empty', () => {
    const record: CitationRecord = {
      type: 'article-journal',
      authors: [{ family: ' Orlov ', given: 'Ivan' }, { family: '  ', literal: '' }],
      title: { original: ' The Argun posts ' },
      containerTitle: 'Frontier Studies',
      publisher: 'Frontier Studies Press',
      publisherPlace: 'Irkutsk',
      issued: '1994-05-01T00:00:00.000Z',
      volume: '12',
      issue: '3',
      pages: '30-55',
      edition: '2',
      isbn: '978-0-521-47771-0',
      doi: '10.1000/argun',
      archiveUrl: 'https://archive.test/argun',
      accessed: '2026-11-30',
      language: ' ',
    }
    expect(toCslItem(record, 'x')).toStrictEqual({
      id: 'x',
      type: 'article-journal',
      title: 'The Argun posts',
      author: [{ family: 'Orlov', given: 'Ivan' }],
      'container-title': 'Frontier Studies',
      publisher: 'Frontier Studies Press',
      'publisher-place': 'Irkutsk',
      issued: { 'date-parts': [[1994, 5, 1]] },
      volume: '12',
      issue: '3',
      page: '30-55',
      edition: '2',
      ISBN: '978-0-521-47771-0',
      DOI: '10.1000/argun',
      URL: 'https://archive.test/argun',
      accessed: { 'date-parts': [[2026, 11, 30]] },
    })
    expect(toCslItem({ ...record, url: 'https://live.test/argun' }, 'x').URL).toBe('https://live.test/argun')
    expect(toCslItem({ type: 'book', title: { original: 'Fur Roads', romanized: 'Fur Roads' } }, 'y')).toStrictEqual({ id: 'y', type: 'book', title: 'Fur Roads' })
  })

  it('gives a Chinese name without romanization in characters, or by its family and given parts', () => {
    expect(toCslItem({ type: 'book', title: { original: '圣武记' }, authors: [{ literal: '魏源' }] }, 'a').author).toEqual([{ literal: '魏源' }])
    expect(toCslItem({ type: 'book', title: { original: '圣武记' }, authors: [{ literal: '魏源', family: '魏', given: '源' }] }, 'b').author).toEqual([{ family: '魏', given: '源' }])
    expect(toCslItem({ type: 'book', title: { original: 'T' }, authors: [{ romanized: 'Wei Yuan' }] }, 'c').author).toEqual([{ literal: 'Wei Yuan' }])
    expect(toCslItem({ type: 'book', title: { original: '圣武记' }, authors: [{ literal: '魏源', family: 'Wei' }] }, 'd').author).toEqual([{ literal: 'Wei 魏源' }])
  })

  it('files editors and translators under their CSL roles', () => {
    const item = toCslItem({ type: 'book', title: { original: 'T' }, authors: [{ family: 'A', role: 'editor' }, { family: 'B', role: 'translator' }] }, 'x')
    expect(item.author).toBeUndefined()
    expect(item.editor).toEqual([{ family: 'A' }])
    expect(item.translator).toEqual([{ family: 'B' }])
  })
})

describe('formatNotes', () => {
  // Formatted before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  let notes: ReturnType<typeof formatNotes>
  beforeEach(() => {
    notes = formatNotes(
      [
        { itemId: 'perdue', locator: '45', locatorType: 'page' },
        { itemId: 'wei', locator: '3', locatorType: 'chapter' },
        { itemId: 'perdue', locator: '210–12', locatorType: 'page' },
        { itemId: 'ma' },
      ],
      items,
    )
  })

  it('gives one note per use', () => expect(notes).toHaveLength(4))

  it('writes the first note in full: given name first, italic book title, publication facts, page', () => {
    expect(notes[0]).toBe(
      'Peter C. Perdue, <i>China Marches West: The Qing Conquest of Central Eurasia</i> (Cambridge, MA: Harvard University Press, 2005), 45.',
    )
  })

  it('shortens a later note to surname, short title and page', () => {
    expect(notes[2]).toBe('Perdue, <i>China Marches West: The Qing Conquest of Central Eurasia</i>, 210–12.')
  })

  it('keeps Chinese names and titles in their original script, with a roman bracketed translation', () => {
    expect(notes[1]).toContain('Wei Yuan 魏源, <i>Shengwu ji 聖武記 <span class="csl-roman">[Record of imperial military exploits]</span></i>')
    expect(notes[1]).toContain('chap. 3')
    expect(notes[3]).toContain('马大正, “清代的西北边疆 [The northwest frontier under the Qing],” 中国边疆史地研究 3, no. 2')
  })

  it('marks its formatting with elements and classes, never a style attribute (the reading pages allow none)', () => {
    const html = [...notes, ...formatBibliography(items)].join('\n')
    expect(html).toContain('class="csl-roman"')
    expect(html).not.toMatch(/\sstyle=/)
  })

  it('is deterministic', () => {
    expect(formatNotes([{ itemId: 'perdue', locator: '45' }], items)).toEqual([formatNotes([{ itemId: 'perdue', locator: '45' }], items)[0]])
  })

  it('gives no notes and no bibliography for nothing cited', () => {
    expect(formatNotes([], items)).toEqual([])
    expect(formatBibliography([])).toEqual([])
  })

  it('says which item is missing', () => {
    expect(() => formatNotes([{ itemId: 'nowhere' }], items)).toThrow(/nowhere/)
  })
})

describe('formatBibliography', () => {
  let entries: ReturnType<typeof formatBibliography>
  beforeEach(() => {
    entries = formatBibliography(items)
  })

  it('inverts the first author and sorts by author', () => {
    expect(entries[0]).toBe(
      'Millward, James A. <i>Beyond the Pass: Economy, Ethnicity, and Empire in Qing Central Asia, 1759–1864</i>. Stanford: Stanford University Press, 1998.',
    )
    expect(entries[1]).toBe('Perdue, Peter C. <i>China Marches West: The Qing Conquest of Central Eurasia</i>. Cambridge, MA: Harvard University Press, 2005.')
  })

  it('keeps a Chinese author uninverted and in characters', () => {
    expect(entries.some((entry) => entry.startsWith('马大正. “清代的西北边疆'))).toBe(true)
    expect(entries.some((entry) => entry.startsWith('Wei Yuan 魏源. <i>Shengwu ji 聖武記'))).toBe(true)
  })

})

describe('the Chinese locale', () => {
  // A chapter in an edited volume and an edited book: the notes where the locale's terms show (in, ed., chap.).
  const edited: CslItem[] = [
    toCslItem(
      {
        type: 'chapter',
        authors: [{ family: 'Orlov', given: 'Ivan' }, { family: 'Petrova', given: 'Anna', role: 'editor' }],
        title: { original: 'The Argun posts' },
        containerTitle: 'Frontier Essays',
        publisher: 'Frontier Studies Press',
        publisherPlace: 'Irkutsk',
        issued: '1994',
        pages: '30-55',
      },
      'chapter',
    ),
    toCslItem(
      { type: 'book', authors: [{ family: 'Petrova', given: 'Anna', role: 'editor' }], title: { original: 'Frontier Essays' }, publisher: 'Frontier Studies Press', publisherPlace: 'Irkutsk', issued: '1994' },
      'volume',
    ),
  ]
  const uses: CiteUse[] = [
    { itemId: 'chapter', locator: '42', locatorType: 'page' },
    { itemId: 'volume', locator: '3', locatorType: 'chapter' },
  ]

  it('writes the terms of a note in Chinese: 收入 for "in", 编 for "ed.", 章 for "chap.", 《》 around a chapter title', () => {
    expect(formatNotes(uses, edited, { locale: 'zh' })).toEqual([
      'Ivan Orlov, 《The Argun posts》, 收入 <i>Frontier Essays</i>, 编 Anna Petrova (Irkutsk: Frontier Studies Press, 1994), 42.',
      'Anna Petrova, 编, <i>Frontier Essays</i> (Irkutsk: Frontier Studies Press, 1994), 章 3.',
    ])
  })

  it('writes the same notes in English without a locale', () => {
    expect(formatNotes(uses, edited)).toEqual([
      'Ivan Orlov, “The Argun Posts,” in <i>Frontier Essays</i>, ed. Anna Petrova (Irkutsk: Frontier Studies Press, 1994), 42.',
      'Anna Petrova, ed., <i>Frontier Essays</i> (Irkutsk: Frontier Studies Press, 1994), chap. 3.',
    ])
  })

  it('writes the bibliography in Chinese too', () => {
    expect(formatBibliography(edited, { locale: 'zh' })).toEqual([
      'Orlov, Ivan. 《The Argun posts》. 收入 <i>Frontier Essays</i>, 编辑 Anna Petrova, 30–55. Irkutsk: Frontier Studies Press, 1994.',
      'Petrova, Anna, 编. <i>Frontier Essays</i>. Irkutsk: Frontier Studies Press, 1994.',
    ])
  })
})

describe('URLs in citations', () => {
  const webpage = (url: string, archiveUrl?: string): CitationRecord => ({ type: 'webpage', title: { original: '伊犁将军' }, url, archiveUrl })
  it('keep an allowed address and drop a script or data one, falling back to the archived copy', () => {
    expect(toCslItem(webpage('https://example.com/ili'), 'a').URL).toBe('https://example.com/ili')
    expect(toCslItem(webpage('javascript:alert(1)'), 'a').URL).toBeUndefined()
    expect(toCslItem(webpage(' DATA:text/html,x', 'https://web.archive.org/web/2020/ili'), 'a').URL).toBe('https://web.archive.org/web/2020/ili')
    expect(formatBibliography([toCslItem(webpage('vbscript:msgbox(1)'), 'a')])[0]).not.toContain('vbscript')
  })
})

describe('a Chinese note for a work without a date', () => {
  const undated = [
    toCslItem({ type: 'book', title: { original: '边地杂记' }, publisher: '北方书社', publisherPlace: '兰州' }, 'book'),
    toCslItem({ type: 'webpage', authors: [{ literal: '林一' }], title: { original: '驿站考' }, url: 'https://example.org/yizhan' }, 'page'),
  ]

  it('leaves the unknown date out of every note and entry instead of printing 不详', () => {
    const notes = formatNotes([{ itemId: 'book' }, { itemId: 'page' }, { itemId: 'book', locator: '7' }], undated, { locale: 'zh' })
    const entries = formatBibliography(undated, { locale: 'zh' })
    expect(notes[0]).toBe('边地杂记 (兰州: 北方书社).')
    expect(notes[1]).toBe('林一, 《驿站考》, https://example.org/yizhan.')
    expect([...notes, ...entries].join('\n')).not.toMatch(/不详/)
  })

  it('still prints "n.d." in English notes, as Chicago asks', () => {
    expect(formatNotes([{ itemId: 'book' }], undated)[0]).toMatch(/n\.d\./)
  })
})
