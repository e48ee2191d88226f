import { normalize } from './normalize'

/**
 * Terms of normalised text. Words of alphabetic scripts (Latin, Cyrillic, …)
 * are terms as they stand; Han text has no spaces, so each character
 * (unigram) and each pair of neighbours (bigram) is a term. A one-character
 * query looks up the unigram, a longer one all its bigrams. Punctuation ends a
 * run, so 伊，犁 yields no bigram 伊犁; the name separator · does not, so
 * 雅霍甫·伯克 and 雅霍甫伯克 find each other.
 */

const TERM = /(\p{Script=Han}+(?:·\p{Script=Han}+)*)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu
const MAX_WORD_LENGTH = 40

/** Calls `visit` with each term of already normalised text, in order, repeats included. */
export function forEachTerm(normalized: string, visit: (term: string) => void): void {
  for (const match of normalized.matchAll(TERM)) {
    const [, hanRun, word] = match
    if (word) {
      visit(word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word)
    } else if (hanRun) {
      const chars = [...hanRun.replaceAll('·', '')]
      for (let index = 0; index < chars.length; index++) {
        visit(chars[index]!)
        if (index + 1 < chars.length) visit(chars[index]! + chars[index + 1]!)
      }
    }
  }
}

/** The index terms of a text: words, and Han unigrams and bigrams. */
export function tokenize(text: string): string[] {
  const terms: string[] = []
  forEachTerm(normalize(text), (term) => terms.push(term))
  return terms
}

/** One condition of a query: every clause must match for a document to be found. */
export type QueryClause = { term: string; prefix: boolean }

export type ParsedQuery = {
  clauses: QueryClause[]
  /** The query's words and Han runs (normalised), to highlight in snippets. */
  highlights: { text: string; han: boolean; prefix: boolean }[]
}

/** Words of three letters or more also match longer words they begin (qing → qing, qinghai). */
const MIN_PREFIX_LENGTH = 3

export function parseQuery(query: string): ParsedQuery {
  const clauses = new Map<string, QueryClause>()
  const highlights: ParsedQuery['highlights'] = []
  for (const match of normalize(query).matchAll(TERM)) {
    const [, hanRun, word] = match
    if (word) {
      const term = word.slice(0, MAX_WORD_LENGTH)
      const prefix = [...term].length >= MIN_PREFIX_LENGTH
      clauses.set(term, { term, prefix: clauses.get(term)?.prefix ?? prefix })
      highlights.push({ text: term, han: false, prefix })
    } else if (hanRun) {
      const chars = [...hanRun.replaceAll('·', '')]
      if (chars.length === 1) clauses.set(chars[0]!, { term: chars[0]!, prefix: false })
      for (let index = 0; index + 1 < chars.length; index++) {
        const bigram = chars[index]! + chars[index + 1]!
        clauses.set(bigram, { term: bigram, prefix: false })
      }
      highlights.push({ text: chars.join(''), han: true, prefix: false })
    }
  }
  return { clauses: [...clauses.values()], highlights }
}
