import { normalizeWithOffsets } from './normalize'
import type { ParsedQuery } from './tokenize'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A letter or digit of an alphabetic word (Han characters are terms of their own). */
const WORD_CHAR = '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}\\p{M}])'

/**
 * One regular expression finding the query in normalised text: each word at a
 * word start (through to the word's end when it may be a prefix), each Han run
 * whole (a name separator · allowed between its characters) or, failing that,
 * its bigrams. Longer alternatives come first so the whole run wins.
 */
function highlighter(query: ParsedQuery): RegExp | null {
  const alternatives: string[] = []
  for (const highlight of query.highlights) {
    if (highlight.han) {
      const chars = [...highlight.text]
      alternatives.push(chars.map(escapeRegExp).join('·?'))
      for (let index = 0; index + 2 < chars.length; index++) alternatives.push(escapeRegExp(chars[index]! + chars[index + 1]!))
      if (chars.length > 2) alternatives.push(escapeRegExp(chars.at(-2)! + chars.at(-1)!))
    } else {
      alternatives.push(`(?<!${WORD_CHAR})${escapeRegExp(highlight.text)}${highlight.prefix ? `${WORD_CHAR}*` : `(?!${WORD_CHAR})`}`)
    }
  }
  if (!alternatives.length) return null
  alternatives.sort((a, b) => b.length - a.length)
  return new RegExp(alternatives.join('|'), 'gu')
}

type Range = { start: number; end: number; key: string }

const MAX_MATCHES = 64
const LEAD_IN = 30
const WORD_SNAP = 15

/**
 * An HTML excerpt of `original` of about `length` characters around the
 * stretch with the most distinct query matches, each match in <mark>; null
 * when nothing in the text matches.
 */
export function buildSnippet(original: string, query: ParsedQuery, length = 160): null | string {
  const pattern = highlighter(query)
  if (!pattern) return null
  const normalized = normalizeWithOffsets(original)
  const matches: Range[] = []
  for (const match of normalized.text.matchAll(pattern)) {
    matches.push({ start: match.index, end: match.index + match[0].length, key: match[0] })
    if (matches.length === MAX_MATCHES) break
  }
  if (!matches.length) return null

  const best = bestWindowStart(matches, length)
  let windowStart = Math.max(0, best.start - LEAD_IN)
  const windowEnd = Math.min(normalized.text.length, windowStart + length)
  windowStart = Math.max(0, Math.min(windowStart, windowEnd - length))

  const toOriginal = (index: number) => normalized.sourceOffsets[index]!
  const marks = matches
    .filter((match) => match.start >= windowStart && match.end <= windowEnd)
    .map((match) => ({ start: toOriginal(match.start), end: toOriginal(match.end) }))
  const from = snapForward(original, toOriginal(windowStart), marks[0]?.start ?? original.length)
  const to = snapBackward(original, toOriginal(windowEnd), marks.at(-1)?.end ?? 0)

  let html = from > 0 ? '…' : ''
  let position = from
  for (const mark of marks) {
    if (mark.start < position) continue
    html += `${escapeHtml(original.slice(position, mark.start))}<mark>${escapeHtml(original.slice(mark.start, mark.end))}</mark>`
    position = mark.end
  }
  html += escapeHtml(original.slice(position, to))
  return to < original.length ? `${html.trimEnd()}…` : html
}

/** The match from which a window of `length` covers the most distinct matched strings. */
function bestWindowStart(matches: Range[], length: number): Range {
  let best = matches[0]!
  let bestCount = 0
  for (let first = 0; first < matches.length; first++) {
    const keys = new Set<string>()
    for (let next = first; next < matches.length && matches[next]!.end <= matches[first]!.start + length; next++) keys.add(matches[next]!.key)
    if (keys.size > bestCount) [best, bestCount] = [matches[first]!, keys.size]
  }
  return best
}

const isWordChar = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char)

/** Moves a cut that falls inside a word to the next space, unless that would pass `limit`. */
function snapForward(text: string, index: number, limit: number): number {
  if (index === 0 || !isWordChar(text[index - 1]) || !isWordChar(text[index])) return index
  const space = text.slice(index, index + WORD_SNAP).search(/\s/)
  return space >= 0 && index + space + 1 <= limit ? index + space + 1 : index
}

/** Moves a cut that falls inside a word back to the previous space, unless that would pass `limit`. */
function snapBackward(text: string, index: number, limit: number): number {
  if (index >= text.length || !isWordChar(text[index - 1]) || !isWordChar(text[index])) return index
  const space = text.slice(Math.max(0, index - WORD_SNAP), index).search(/\s\S*$/)
  if (space < 0) return index
  const cut = Math.max(0, index - WORD_SNAP) + space
  return cut >= limit ? cut : index
}
