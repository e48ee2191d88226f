import search from 'approx-string-match'

import type { Quote } from './selectors'

/** Where an annotation's quote is in the current text, and how it was found there. */
export type Anchor = { state: 'exact' | 'fuzzy'; start: number; end: number } | { state: 'orphaned' }

/**
 * Thresholds. A fuzzy match must keep three quarters of the quote's characters
 * and have context that agrees at least half; a quote found as it was needs its
 * context to agree half as well, unless it is long enough to stand alone.
 */
const FUZZY_QUOTE_MIN = 0.75
const CONTEXT_MIN = 0.5
const SELF_EVIDENT_LENGTH = 24

/** How alike `expected` is to the best-matching part of `actual`, 0 to 1 (edit distance over length). */
function similarity(expected: string, actual: string): number {
  if (!expected) return 1
  if (!actual) return 0
  const matches = search(actual, expected, expected.length)
  const errors = matches.length ? Math.min(...matches.map((match) => match.errors)) : expected.length
  return 1 - errors / expected.length
}

/** How well the text around `start`–`end` agrees with the context remembered, 0 to 1. */
function contextScore(text: string, quote: Quote, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start)
  const after = text.slice(end, end + quote.suffix.length)
  // A side that had no context (the quote began or ended the text) agrees only if it still does.
  const prefix = quote.prefix ? similarity(quote.prefix, before) : start === 0 ? 1 : 0.5
  const suffix = quote.suffix ? similarity(quote.suffix, after) : end === text.length ? 1 : 0.5
  return (prefix + suffix) / 2
}

const nearness = (text: string, quote: Quote, start: number) => (quote.start < 0 ? 0 : 1 - Math.abs(start - quote.start) / Math.max(1, text.length))

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at)
  return found
}

type Candidate = { start: number; end: number; quoteScore: number; context: number; score: number }

function best(candidates: Candidate[]): Candidate | undefined {
  return candidates.reduce<Candidate | undefined>((top, candidate) => (!top || candidate.score > top.score ? candidate : top), undefined)
}

/**
 * Finds a quote in a text that may have changed since it was selected, in the
 * order Hypothesis uses: the old position still holds the quote; the quote as
 * it was, placed by its context; an approximate match of the quote and its
 * context (Myers' algorithm, approx-string-match); otherwise orphaned. It
 * never settles on words it is not confident are the ones annotated.
 */
export function anchorQuote(text: string, quote: Quote): Anchor {
  const { exact } = quote
  if (!exact) return { state: 'orphaned' }
  const standsAlone = exact.trim().length >= SELF_EVIDENT_LENGTH

  if (quote.start >= 0 && text.slice(quote.start, quote.end) === exact) {
    if (standsAlone || contextScore(text, quote, quote.start, quote.end) >= CONTEXT_MIN) return { state: 'exact', start: quote.start, end: quote.end }
  }

  const occurrences = exactOccurrences(text, exact)
  if (occurrences.length) {
    const scored = occurrences.map((start) => {
      const context = contextScore(text, quote, start, start + exact.length)
      return { start, end: start + exact.length, quoteScore: 1, context, score: context * 10 + nearness(text, quote, start) }
    })
    const top = best(scored)
    if (top && (top.context >= CONTEXT_MIN || (standsAlone && occurrences.length === 1))) return { state: 'exact', start: top.start, end: top.end }
  }

  const maxErrors = Math.floor(exact.length * (1 - FUZZY_QUOTE_MIN))
  if (maxErrors < 1) return { state: 'orphaned' }
  const fuzzy = search(text, exact, maxErrors).map((match) => {
    const quoteScore = 1 - match.errors / exact.length
    const context = contextScore(text, quote, match.start, match.end)
    return { start: match.start, end: match.end, quoteScore, context, score: 50 * quoteScore + 40 * context + 2 * nearness(text, quote, match.start) }
  })
  const top = best(fuzzy.filter((candidate) => candidate.context >= CONTEXT_MIN))
  return top ? { state: 'fuzzy', start: top.start, end: top.end } : { state: 'orphaned' }
}

/** The one region where two versions of a text differ: `start`–`beforeEnd` in the first became `start`–`afterEnd` in the second. */
export type TextEdit = { start: number; beforeEnd: number; afterEnd: number }

/** The changed region between two texts (after their common beginning, before their common end): what one keystroke or paste changed. */
export function editBetween(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length)
  let start = 0
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the shorter text charCodeAt gives NaN, which equals nothing
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1
  let tail = 0
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1
  return { start, beforeEnd: before.length - tail, afterEnd: after.length - tail }
}

/**
 * A quote's position carried across an edit: unchanged before it, moved by
 * its length after it. A range the edit touches keeps its old position, and
 * anchoring looks for it; so typing costs a check per annotation, not a search.
 */
export function followEdit(quote: Quote, edit: TextEdit): Quote {
  // Before the edit, touched by it, or without a position (start -1): where it was.
  if (quote.start < edit.beforeEnd) return quote
  const moved = edit.afterEnd - edit.beforeEnd
  return { ...quote, start: quote.start + moved, end: quote.end + moved }
}
