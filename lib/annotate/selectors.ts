/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) over a plain text. */
export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number }
export type TextSelector = TextQuoteSelector | TextPositionSelector

/** What an annotation remembers of the words it is about: the quote, its context, and where it was. */
export type Quote = { exact: string; prefix: string; suffix: string; start: number; end: number }

/** Characters of context kept on each side: enough to tell repeated words apart, short enough to survive edits nearby. */
export const CONTEXT_LENGTH = 32

export class SelectionError extends Error {}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The quote of `text` between `start` and `end` (UTF-16 offsets, as the DOM and JavaScript count), with its context. */
export function describeRange(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): Quote {
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new SelectionError('A range needs whole-number offsets.')
  if (start < 0 || end > text.length) throw new SelectionError(`The range ${start}–${end} lies outside the text (0–${text.length}).`)
  if (end <= start) throw new SelectionError('The selection is empty: select at least one character.')
  if (isLowSurrogate(text.charCodeAt(start)) || isHighSurrogate(text.charCodeAt(end - 1))) throw new SelectionError('The range cuts a character in two.')
  if (!text.slice(start, end).trim()) throw new SelectionError('The selection holds only spaces.')
  let prefixStart = Math.max(0, start - contextLength)
  if (isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart -= 1
  let suffixEnd = Math.min(text.length, end + contextLength)
  if (isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd += 1
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd), start, end }
}

/** The two selectors W3C readers expect, quote first (the one that survives edits). */
export function toSelectors(quote: Quote): [TextQuoteSelector, TextPositionSelector] {
  const textQuote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: quote.exact }
  if (quote.prefix) textQuote.prefix = quote.prefix
  if (quote.suffix) textQuote.suffix = quote.suffix
  return [textQuote, { type: 'TextPositionSelector', start: quote.start, end: quote.end }]
}

/** Back from selectors to a quote; a missing position is -1 (unknown), which anchoring searches for. */
export function fromSelectors(selectors: readonly TextSelector[]): Quote | null {
  const textQuote = selectors.find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector')
  if (!textQuote) return null
  const position = selectors.find((selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector')
  return { exact: textQuote.exact, prefix: textQuote.prefix ?? '', suffix: textQuote.suffix ?? '', start: position?.start ?? -1, end: position?.end ?? -1 }
}

/** An annotation's quote as stored (missing context empty, a missing position -1). */
export type StoredQuote = { exact: string; prefix?: string | null; suffix?: string | null; start?: number | null; end?: number | null }

export const quoteOf = (stored: StoredQuote): Quote => ({
  exact: stored.exact,
  prefix: stored.prefix ?? '',
  suffix: stored.suffix ?? '',
  start: stored.start ?? -1,
  end: stored.end ?? -1,
})
