import { maskMarkup } from './mask'

/** Where a source's quoted text stands in the article drafted from it. */
export type QuoteLocation = { block: number; start: number; end: number }
export type LocateResult = { found: QuoteLocation } | { reason: string }

/** Latin words and single Han characters: what a paragraph shares with the segment it was drafted from. */
const wordsOf = (text: string) => new Set((text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []))

/** The share of the segment's words the block also has. */
function resemblance(segmentWords: Set<string>, block: string): number {
  if (!segmentWords.size) return 0
  const blockWords = wordsOf(block)
  let shared = 0
  for (const word of segmentWords) if (blockWords.has(word)) shared += 1
  return shared / segmentWords.size
}

const commonPrefix = (a: string, b: string) => {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1
  return n
}
const commonSuffix = (a: string, b: string) => {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1
  return n
}

/** Below this share of the segment's words, a block is not the paragraph drafted from it. */
const MIN_RESEMBLANCE = 0.4

/**
 * Finds the text a finding quotes ([start, end) of a source segment) in the
 * article's text blocks: among the blocks that resemble the segment, the
 * occurrence whose surrounding text agrees longest with the segment's. The
 * article may have been edited since it was drafted; when the quote is gone
 * from the paragraph, or two places fit equally, the reason says so.
 */
export function locateQuote(blocks: readonly string[], segmentText: string, start: number, end: number): LocateResult {
  const quote = segmentText.slice(start, end)
  if (!quote.trim()) return { reason: 'The finding quotes no text.' }
  // Markup (link targets, footnote markers) is in the source but not in the article's text.
  const plain = (text: string) => maskMarkup(text).replace(/\s+/g, ' ')
  const before = plain(segmentText.slice(0, start))
  const after = plain(segmentText.slice(end))
  const segmentWords = wordsOf(maskMarkup(segmentText))
  const candidates: (QuoteLocation & { score: number })[] = []
  blocks.forEach((text, block) => {
    const share = resemblance(segmentWords, text)
    if (share < MIN_RESEMBLANCE) return
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      const context = commonSuffix(before, plain(text.slice(0, at))) + commonPrefix(after, plain(text.slice(at + quote.length)))
      candidates.push({ block, start: at, end: at + quote.length, score: share * 1000 + context })
    }
  })
  if (!candidates.length) return { reason: `"${quote}" is not in the article's paragraph drafted from this segment (the article was edited since): correct it by hand.` }
  candidates.sort((a, b) => b.score - a.score)
  const [best, second] = candidates
  if (second && second.score === best!.score) return { reason: `"${quote}" stands in ${candidates.length} places of the article that fit equally: correct it by hand.` }
  return { found: { block: best!.block, start: best!.start, end: best!.end } }
}
