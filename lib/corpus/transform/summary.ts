import type { BodyInline, BodyNode } from './types'

const MAX_LENGTH = 320

const plain = (inlines: BodyInline[]) =>
  inlines
    // Stryker disable next-line ConditionalExpression: a marker has no text, and join prints nothing for it either way.
    .map((inline) => (inline.type === 'text' ? inline.text : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * A summary for an imported article: the whole sentences of its first
 * paragraph that fit in about two lines of a card, without its footnote
 * markers. A first sentence longer than that is cut at a word (or, in Chinese,
 * a character) and ends with an ellipsis. Null when the body has no paragraph.
 */
export function summaryOf(body: BodyNode[], language: string): null | string {
  const first = body.map((node) => (node.type === 'paragraph' ? plain(node.children) : '')).find((text) => text.length > 0)
  if (!first) return null
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })
  let summary = ''
  for (const { segment } of segmenter.segment(first)) {
    if (summary && (summary + segment).trimEnd().length > MAX_LENGTH) break
    summary += segment
  }
  summary = summary.trim()
  if (summary.length <= MAX_LENGTH) return summary
  const cut = summary.slice(0, MAX_LENGTH)
  // plain() left single spaces, so `\s+` and `\s` (and one trailing mark or several) cut alike.
  // Stryker disable next-line Regex: see above
  const atWord = /\s/.test(cut) ? cut.slice(0, cut.search(/\s+\S*$/)) : cut
  // Stryker disable next-line Regex: see above
  return `${atWord.replace(/[\s,;:，；：、]+$/, '')}…`
}
