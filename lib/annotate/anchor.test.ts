import { describe, expect, it } from 'vitest'

import { anchorQuote, editBetween, followEdit, type Anchor } from './anchor'
import { describeRange, fromSelectors, quoteOf as quoteOfStored, SelectionError, toSelectors } from './selectors'

const paragraphs = [
  'The Qing court sent Sabsu north in 1683 to build forts on the Amur and to stop the Cossacks from taking tribute.',
  'Albazin was besieged twice; the second siege lasted from July 1686 into the next year, when the news of talks arrived.',
  'At Nerchinsk in 1689 the two embassies agreed on a border along the Argun and the Stanovoy range, in Latin and Manchu.',
]
const article = paragraphs.join('\n\n')

/** The quote of the first occurrence of `words` in `text`. */
function quoteOf(text: string, words: string) {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`no ${words}`)
  return describeRange(text, start, start + words.length)
}

const anchoredText = (text: string, anchor: Anchor) => (anchor.state === 'orphaned' ? null : text.slice(anchor.start, anchor.end))

describe('selectors', () => {
  it('describe a range by its quote, context and position, and come back to the same quote', () => {
    const quote = quoteOf(article, 'second siege')
    expect(quote.exact).toBe('second siege')
    expect(article.endsWith(quote.prefix, quote.start)).toBe(true)
    expect(quote.prefix.length).toBe(32)
    expect(article.startsWith(quote.suffix, quote.end)).toBe(true)
    const selectors = toSelectors(quote)
    expect(selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'second siege', prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: quote.start, end: quote.end },
    ])
    expect(fromSelectors(selectors)).toEqual(quote)
  })

  it('keep context short at the edges of the text and refuse empty or outside ranges', () => {
    const quote = describeRange(article, 0, 3)
    expect(quote.prefix).toBe('')
    expect(toSelectors(quote)[0]).not.toHaveProperty('prefix')
    expect(() => describeRange(article, 5, 5)).toThrow(SelectionError)
    expect(() => describeRange(article, 0, article.length + 1)).toThrow(/outside the text/)
    expect(() => describeRange('a   b', 1, 4)).toThrow(/only spaces/)
  })

  it('never cut a character outside the basic plane in two', () => {
    const text = '𠮷野家 is a name'
    expect(() => describeRange(text, 1, 4)).toThrow(/in two/)
    expect(describeRange(text, 2, 5, 1).prefix).toBe('𠮷')
  })

  it('read a quote selector without a position as a quote to search for', () => {
    expect(fromSelectors([{ type: 'TextQuoteSelector', exact: 'Albazin' }])).toEqual({ exact: 'Albazin', prefix: '', suffix: '', start: -1, end: -1 })
    expect(fromSelectors([{ type: 'TextPositionSelector', start: 1, end: 2 }])).toBeNull()
  })
})

describe('anchorQuote', () => {
  it('keeps the position when it still holds the quote', () => {
    const quote = quoteOf(article, 'Nerchinsk')
    expect(anchorQuote(article, quote)).toEqual({ state: 'exact', start: quote.start, end: quote.end })
  })

  it('follows the quote when text is inserted before it', () => {
    const quote = quoteOf(article, 'the second siege')
    const edited = `A new opening paragraph about the Amur.\n\n${article}`
    const anchor = anchorQuote(edited, quote)
    expect(anchor).toEqual({ state: 'exact', start: quote.start + 41, end: quote.end + 41 })
  })

  it('tells repeated words apart by their context', () => {
    const quote = quoteOf(article, 'the Amur')
    const edited = `The Amur, again: the Amur.\n\n${article}`
    const anchor = anchorQuote(edited, quote)
    expect(anchor.state).toBe('exact')
    expect(anchor.state !== 'orphaned' && anchor.start).toBe(edited.indexOf('forts on the Amur') + 'forts on '.length)
  })

  it('finds a quote with words deleted inside it, fuzzily', () => {
    const quote = quoteOf(article, 'lasted from July 1686 into the next year')
    const edited = article.replace('July 1686 into', '1686 into')
    const anchor = anchorQuote(edited, quote)
    expect(anchor.state).toBe('fuzzy')
    expect(anchoredText(edited, anchor)).toContain('1686 into the next year')
  })

  it('finds a quote whose words changed slightly, fuzzily', () => {
    const quote = quoteOf(article, 'agreed on a border along the Argun')
    const edited = article.replace('agreed on a border along', 'agreed upon a frontier along')
    const anchor = anchorQuote(edited, quote)
    expect(anchor.state).toBe('fuzzy')
    expect(anchoredText(edited, anchor)).toMatch(/agreed upon a frontier along the Argun/)
  })

  it('follows a paragraph that moved', () => {
    const quote = quoteOf(article, 'Albazin was besieged twice')
    const moved = [paragraphs[2], paragraphs[0], paragraphs[1]].join('\n\n')
    const anchor = anchorQuote(moved, quote)
    expect(anchor.state).toBe('exact')
    expect(anchoredText(moved, anchor)).toBe('Albazin was besieged twice')
    expect(anchor.state !== 'orphaned' && anchor.start).toBe(moved.indexOf('Albazin'))
  })

  it('orphans a quote whose paragraph was removed, even when its words occur elsewhere', () => {
    const quote = quoteOf(article, 'the second siege')
    const removed = [paragraphs[0], paragraphs[2], 'A later note: the second siege is disputed by later scholars.'].join('\n\n')
    expect(anchorQuote(removed, quote)).toEqual({ state: 'orphaned' })
    const gone = [paragraphs[0], paragraphs[2]].join('\n\n')
    expect(anchorQuote(gone, quote)).toEqual({ state: 'orphaned' })
    const short = quoteOf(article, 'July')
    expect(anchorQuote(`${paragraphs[0]}\n\nIn July the rivers rose.`, short)).toEqual({ state: 'orphaned' })
  })

  it('anchors Chinese text, which has no spaces, and keeps repeated characters apart', () => {
    const text = '雅克萨之战分两次。第一次围困在1685年，清军十万人，俄军数百人。第二次围困从1686年七月持续到次年，十万之数可疑。'
    const quote = quoteOf(text, '十万')
    const inserted = `康熙年间，${text}`
    expect(anchorQuote(inserted, quote)).toEqual({ state: 'exact', start: quote.start + 5, end: quote.end + 5 })
    const second = describeRange(text, text.lastIndexOf('十万'), text.lastIndexOf('十万') + 2)
    const anchor = anchorQuote(inserted, second)
    expect(anchor.state !== 'orphaned' && anchor.start).toBe(inserted.lastIndexOf('十万'))
    const long = quoteOf(text, '第二次围困从1686年七月持续到次年')
    const changed = inserted.replace('七月持续到次年', '七月一直持续到次年')
    const fuzzy = anchorQuote(changed, long)
    expect(fuzzy.state).toBe('fuzzy')
    expect(anchoredText(changed, fuzzy)).toContain('七月一直持续到次年')
    expect(anchorQuote(text.replace(/第二次.*$/, ''), long)).toEqual({ state: 'orphaned' })
  })

  it('anchors a quote of mixed scripts', () => {
    const text = 'The treaty names the Gorbitsa (格尔必齐河) as the border, and Нерчинск as the place of signing.'
    const quote = quoteOf(text, 'Gorbitsa (格尔必齐河)')
    const edited = text.replace('The treaty names', 'In its Latin text the treaty of 1689 names')
    const anchor = anchorQuote(edited, quote)
    expect(anchoredText(edited, anchor)).toBe('Gorbitsa (格尔必齐河)')
    const cyrillic = quoteOf(text, 'Нерчинск as the place')
    const respelt = edited.replace('Нерчинск', 'Нерчинскъ')
    expect(anchoredText(respelt, anchorQuote(respelt, cyrillic))).toMatch(/^Нерчинскъ? as the place/)
  })

  it('searches for a quote that came without a position', () => {
    expect(anchorQuote(article, { exact: 'Stanovoy range', prefix: '', suffix: '', start: -1, end: -1 }).state).toBe('exact')
    expect(anchorQuote(article, { exact: '', prefix: '', suffix: '', start: -1, end: -1 })).toEqual({ state: 'orphaned' })
  })
})

describe('following an edit as it is typed', () => {
  const text = 'Albazin was besieged twice; the second siege lasted from July 1686. 清军十万人围困雅克萨。'
  const quoteAt = (source: string, words: string) => describeRange(source, source.indexOf(words), source.indexOf(words) + words.length)

  it('finds the one changed region, an insertion, a deletion or a replacement, in either script', () => {
    expect(editBetween(text, `X${text}`)).toEqual({ start: 0, beforeEnd: 0, afterEnd: 1 })
    expect(editBetween(text, text.replace('twice', ''))).toEqual({ start: text.indexOf('twice'), beforeEnd: text.indexOf('twice') + 5, afterEnd: text.indexOf('twice') })
    expect(editBetween(text, text.replace('十万', '一万'))).toEqual({ start: text.indexOf('十'), beforeEnd: text.indexOf('十') + 1, afterEnd: text.indexOf('十') + 1 })
    expect(editBetween(text, text)).toEqual({ start: text.length, beforeEnd: text.length, afterEnd: text.length })
  })

  it('moves a quote after the edit by its length and leaves one before it, so its position holds the words again', () => {
    const edited = `In truth, ${text}`.replace('1686', '1686 (old style)')
    let siege = quoteAt(text, 'the second siege')
    let troops = quoteAt(text, '清军十万人')
    const typedAtTop = editBetween(text, `In truth, ${text}`)
    siege = followEdit(siege, typedAtTop)
    troops = followEdit(troops, typedAtTop)
    const later = editBetween(`In truth, ${text}`, edited)
    siege = followEdit(siege, later)
    troops = followEdit(troops, later)
    expect(edited.slice(siege.start, siege.end)).toBe('the second siege')
    expect(edited.slice(troops.start, troops.end)).toBe('清军十万人')
    expect(anchorQuote(edited, troops)).toEqual({ state: 'exact', start: troops.start, end: troops.end })
  })

  it('keeps the old position of a quote the edit touches, for anchoring to search from', () => {
    const quote = quoteAt(text, 'second siege')
    const misspelt = text.replace('second siege', 'second seige')
    const inside = editBetween(text, misspelt)
    expect(followEdit(quote, inside)).toEqual(quote)
    expect(anchorQuote(misspelt, followEdit(quote, inside))).toMatchObject({ state: 'fuzzy', start: quote.start })
  })
})

describe('anchoring at its thresholds', () => {
  /** The same text with its words outside [from, to) replaced by other letters of the same length. */
  const recontext = (text: string, from: number, to: number) => text.slice(0, from).replace(/[a-z]/g, 'x') + text.slice(from, to) + text.slice(to).replace(/[a-z]/g, 'x')

  it('keeps a quote of 24 characters at its position when all around it changed, but not one of 23', () => {
    const long = quoteOf(article, 'he second siege lasted f')
    expect(long.exact).toHaveLength(24)
    expect(anchorQuote(recontext(article, long.start, long.end), long)).toEqual({ state: 'exact', start: long.start, end: long.end })
    const short = quoteOf(article, 'e second siege lasted f')
    expect(short.exact).toHaveLength(23)
    expect(anchorQuote(recontext(article, short.start, short.end), short)).toEqual({ state: 'orphaned' })
  })

  it('prefers the occurrence whose context agrees over a nearer one whose context agrees less', () => {
    const quote = quoteOf(article, 'the Amur')
    const decoy = `${'Notes. '.repeat(Math.ceil(quote.start / 7))}A boat on the Amur and to see the Cossacks.\n\n`
    const edited = decoy + article
    const anchor = anchorQuote(edited, quote)
    expect(anchor).toEqual({ state: 'exact', start: decoy.length + quote.start, end: decoy.length + quote.end })
  })

  it('breaks a tie of equal contexts by nearness to the old position', () => {
    const unit = 'The garrison of the fort on the river crossing held out through the long winter of that year. '
    const text = unit.repeat(3)
    const quote = describeRange(text, unit.length * 2 + 4, unit.length * 2 + 12)
    const edited = `Z${text}`
    expect(anchorQuote(edited, quote)).toEqual({ state: 'exact', start: quote.start + 1, end: quote.end + 1 })
  })

  it('finds a quote of four characters with one changed, but orphans one of three', () => {
    const year = quoteOf(article, '1686')
    const edited = article.replace('July 1686', 'July 1687')
    expect(anchorQuote(edited, year)).toEqual({ state: 'fuzzy', start: year.start, end: year.end })
    const three = quoteOf(article, '168')
    expect(anchorQuote(article.replace('1683', '1693'), three)).toEqual({ state: 'orphaned' })
  })

  it('moves a quote when text is typed right before it, and keeps it when the edit ends where it starts', () => {
    const quote = quoteOf(article, 'Nerchinsk')
    const typed = article.slice(0, quote.start) + 'the town of ' + article.slice(quote.start)
    const moved = followEdit(quote, editBetween(article, typed))
    expect(typed.slice(moved.start, moved.end)).toBe('Nerchinsk')
    expect(editBetween('aaa', 'aaaa')).toEqual({ start: 3, beforeEnd: 3, afterEnd: 4 })
  })
})

describe('selectors at their edges', () => {
  it('keep 32 characters of context after the quote too, and none after the end of the text', () => {
    const quote = quoteOf(article, 'second siege')
    expect(quote.suffix).toHaveLength(32)
    const last = describeRange(article, article.length - 6, article.length)
    expect(last.exact).toBe('Manchu.'.slice(1))
    expect(toSelectors(last)[0]).not.toHaveProperty('suffix')
  })

  it('refuse offsets that are not whole numbers, a start before the text and a reversed range, each saying why', () => {
    expect(() => describeRange(article, 1.5, 4)).toThrow(/whole-number offsets/)
    expect(() => describeRange(article, -1, 4)).toThrow(/outside the text/)
    expect(() => describeRange(article, 6, 5)).toThrow(/empty/)
    expect(() => describeRange(article, 5, 5)).toThrow(/empty/)
  })

  it('know surrogate pairs at both ends of their range, and end a context after a whole character', () => {
    const first = '\uD800\uDC00'
    const last = '\uDBFF\uDFFF'
    const text = `a${first}b${last}c`
    expect(() => describeRange(text, 0, 2)).toThrow(/in two/)
    expect(() => describeRange(text, 2, 4)).toThrow(/in two/)
    expect(() => describeRange(text, 5, 7)).toThrow(/in two/)
    expect(() => describeRange(text, 0, 5)).toThrow(/in two/)
    expect(describeRange(text, 4, 7).exact).toBe(`${last}c`)
    expect(describeRange(text, 3, 4, 1)).toMatchObject({ exact: 'b', prefix: first, suffix: last })
    expect(describeRange('ab𠮷c', 0, 1).exact).toBe('a')
    expect(describeRange('ab𠮷c', 0, 2, 1).suffix).toBe('𠮷')
  })

  it('read a stored quote, its missing context empty and its missing position unknown', () => {
    expect(quoteOfStored({ exact: 'Albazin', prefix: null, suffix: null, start: null, end: null })).toEqual({ exact: 'Albazin', prefix: '', suffix: '', start: -1, end: -1 })
    expect(quoteOfStored({ exact: 'Albazin', prefix: 'at ', suffix: ' in', start: 3, end: 10 })).toEqual({ exact: 'Albazin', prefix: 'at ', suffix: ' in', start: 3, end: 10 })
  })
})

