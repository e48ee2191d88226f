import { normalize } from './normalize'
import { buildSnippet, escapeHtml } from './snippet'
import { forEachTerm, type ParsedQuery, parseQuery } from './tokenize'

export { normalize, normalizeWithOffsets } from './normalize'
export { parseQuery, tokenize } from './tokenize'
export { buildSnippet, escapeHtml } from './snippet'

/**
 * One search over both languages, kept in the application's memory so it
 * works the same on SQLite and MongoDB (neither tokenises Chinese usefully).
 * An inverted index of typed-array posting lists, scored with BM25; every
 * query term must match (AND). Documents are added and removed one at a time;
 * removal leaves a tombstone that a compaction sweeps once they pile up.
 */

export const SEARCH_KINDS = ['article', 'place', 'person', 'event', 'source'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export type SearchDocument = {
  id: string
  kind: SearchKind
  locale?: 'en' | 'zh'
  title: string
  text: string
  /** Other names: variant spellings, other scripts, machine-translation renderings. */
  aliases?: string[]
  url: string
}

export type SearchHit = {
  id: string
  kind: SearchKind
  locale?: 'en' | 'zh'
  title: string
  url: string
  score: number
  /** HTML: escaped text with the matched terms in <mark>. */
  snippet: string
}

export type SearchOptions = { limit?: number; kinds?: readonly SearchKind[] }

/** A title or alias term counts as often as this many occurrences in the text. */
const TITLE_WEIGHT = 3
/** A word that only begins with the query word scores this fraction of an exact match. */
const PREFIX_FACTOR = 0.6
/** A short prefix could match thousands of words; the first ones alphabetically (the shortest) are enough. */
const MAX_PREFIX_EXPANSIONS = 50
/** A word found in more than this share of documents is not expanded as a prefix. */
const COMMON_WORD_SHARE = 0.01
const BM25_K1 = 1.2
const BM25_B = 0.75
const SNIPPET_LENGTH = 160
/** Longer queries are cut: a query is a few words, and each Han bigram is a clause to check. */
const MAX_QUERY_LENGTH = 200

/** A term's documents as (document number, weighted term frequency) pairs, growing by doubling. */
type PostingList = { pairs: Int32Array; count: number }

/** The kind code of a removed document: outside every kind mask. */
const REMOVED = 7
const ALL_KINDS = (1 << SEARCH_KINDS.length) - 1

const HAN_START = /^\p{Script=Han}/u

export class SearchIndex {
  private documents: (SearchDocument | undefined)[] = []
  // Per document, by number: what the scoring loop reads, kept in typed arrays so it stays in cache.
  private lengths = new Float32Array(1024)
  private kindCodes = new Uint8Array(1024)
  private numberById = new Map<string, number>()
  private postings = new Map<string, PostingList>()
  /** Alphabetic terms in sorted order for prefix look-up; new ones wait in `unsortedWords` until the next search. */
  private sortedWords: string[] = []
  private unsortedWords: string[] = []
  private liveCount = 0
  private deadCount = 0
  private totalLength = 0
  // Per-search scratch space indexed by document number, reset after each search.
  private scores = new Float64Array(0)
  private clausesMatched = new Uint16Array(0)

  get size(): number {
    return this.liveCount
  }

  has(id: string): boolean {
    return this.numberById.has(id)
  }

  /** Adds a document, replacing the one with the same id. */
  add(document: SearchDocument): void {
    const kindCode = SEARCH_KINDS.indexOf(document.kind)
    if (kindCode < 0) throw new Error(`Cannot index "${document.id}": "${document.kind}" is not one of ${SEARCH_KINDS.join(', ')}.`)
    this.remove(document.id)
    const weights = new Map<string, number>()
    const count = (text: string, weight: number) => forEachTerm(normalize(text), (term) => weights.set(term, (weights.get(term) ?? 0) + weight))
    count(document.title, TITLE_WEIGHT)
    for (const alias of document.aliases ?? []) count(alias, TITLE_WEIGHT)
    count(document.text, 1)

    const number = this.documents.length
    let length = 0
    for (const [term, weight] of weights) {
      this.append(term, number, weight)
      length += weight
    }
    if (number === this.lengths.length) this.growDocumentArrays()
    this.lengths[number] = length
    this.kindCodes[number] = kindCode
    this.documents.push({ ...document, aliases: document.aliases ? [...document.aliases] : undefined })
    this.numberById.set(document.id, number)
    this.liveCount++
    this.totalLength += length
  }

  remove(id: string): boolean {
    const number = this.numberById.get(id)
    if (number === undefined) return false
    this.totalLength -= this.lengths[number]!
    this.documents[number] = undefined
    this.kindCodes[number] = REMOVED
    this.numberById.delete(id)
    this.liveCount--
    this.deadCount++
    if (this.deadCount > 64 && this.deadCount > this.liveCount) this.compact()
    return true
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 20
    const parsed = parseQuery(query.slice(0, MAX_QUERY_LENGTH))
    if (!parsed.clauses.length || !this.liveCount || limit <= 0) return []
    const clauses = parsed.clauses.map((clause) => this.expand(clause.term, clause.prefix))
    if (clauses.some((lists) => !lists.length)) return []
    // The rarest clause first: only its documents can match them all, so later clauses just confirm.
    clauses.sort((a, b) => documentFrequency(a) - documentFrequency(b))

    this.ensureScratch()
    const kindMask = options.kinds?.length ? options.kinds.reduce((mask, kind) => mask | (1 << SEARCH_KINDS.indexOf(kind)), 0) : ALL_KINDS
    const { scores, clausesMatched, lengths, kindCodes } = this
    const candidates: number[] = []
    const averageLength = this.totalLength / this.liveCount
    // BM25 with the per-document part of the denominator folded into two constants.
    const lengthWeight = (BM25_K1 * BM25_B) / averageLength
    const constantWeight = BM25_K1 * (1 - BM25_B)
    const termWeight = (list: PostingList, factor: number) => Math.log(1 + (this.liveCount - list.count + 0.5) / (list.count + 0.5)) * factor * (BM25_K1 + 1)
    const score = (number: number, frequency: number, weight: number) => {
      scores[number]! += (weight * frequency) / (frequency + constantWeight + lengthWeight * lengths[number]!)
    }

    for (const { list, factor } of clauses[0]!) {
      const weight = termWeight(list, factor)
      const { pairs } = list
      for (let pair = 0, end = list.count * 2; pair < end; pair += 2) {
        const number = pairs[pair]!
        if (!((1 << kindCodes[number]!) & kindMask)) continue
        if (clausesMatched[number] === 0) {
          clausesMatched[number] = 1
          candidates.push(number)
        }
        score(number, pairs[pair + 1]!, weight)
      }
    }

    for (let clause = 1; clause < clauses.length; clause++) {
      const survivors = candidates.filter((number) => clausesMatched[number] === clause)
      for (const { list, factor } of clauses[clause]!) {
        const weight = termWeight(list, factor)
        const { pairs } = list
        const visit = (number: number, frequency: number) => {
          if (clausesMatched[number] !== clause && clausesMatched[number] !== clause + 1) return
          clausesMatched[number] = clause + 1
          score(number, frequency, weight)
        }
        // Few survivors against a long list: look each one up (posting lists are in document order); else walk the list.
        if (survivors.length * Math.log2(list.count + 1) < list.count) {
          for (const number of survivors) {
            const pair = findPair(pairs, list.count, number)
            if (pair >= 0) visit(number, pairs[pair + 1]!)
          }
        } else {
          for (let pair = 0, end = list.count * 2; pair < end; pair += 2) visit(pairs[pair]!, pairs[pair + 1]!)
        }
      }
    }

    const best = topScoring(candidates, limit, (number) => (clausesMatched[number] === clauses.length ? scores[number]! : -1))
    for (const number of candidates) {
      scores[number] = 0
      clausesMatched[number] = 0
    }
    return best.map(({ number, score }) => this.hit(number, score, parsed))
  }

  private hit(number: number, score: number, query: ParsedQuery): SearchHit {
    const document = this.documents[number]!
    // The passage of the text that matched; else the names that did (an alias such as "Agubai"); else the opening.
    const snippet =
      buildSnippet(document.text, query, SNIPPET_LENGTH) ??
      (document.aliases?.length ? buildSnippet(document.aliases.join(' · '), query, SNIPPET_LENGTH) : null) ??
      buildSnippet(document.title, query, SNIPPET_LENGTH) ??
      escapeHtml(document.text.length > SNIPPET_LENGTH ? `${[...document.text].slice(0, SNIPPET_LENGTH).join('').trimEnd()}…` : document.text)
    return {
      id: document.id,
      kind: document.kind,
      ...(document.locale ? { locale: document.locale } : {}),
      title: document.title,
      url: document.url,
      score: Math.round(score * 1000) / 1000,
      snippet,
    }
  }

  /** The posting lists a query term stands for: the term itself, and for a prefix the words it begins. */
  private expand(term: string, prefix: boolean): { list: PostingList; factor: number }[] {
    const exact = this.postings.get(term)
    const lists = exact ? [{ list: exact, factor: 1 }] : []
    // A word common in its own right ("the", "qing") needs no stretching: its longer forms would only slow and blur it.
    if (!prefix || (exact && exact.count > this.liveCount * COMMON_WORD_SHARE)) return lists
    const words = this.words()
    let index = lowerBound(words, term)
    if (words[index] === term) index++
    for (; index < words.length && lists.length <= MAX_PREFIX_EXPANSIONS && words[index]!.startsWith(term); index++) {
      lists.push({ list: this.postings.get(words[index]!)!, factor: PREFIX_FACTOR })
    }
    return lists
  }

  private words(): string[] {
    if (this.unsortedWords.length) {
      this.sortedWords = [...this.sortedWords, ...this.unsortedWords].sort()
      this.unsortedWords = []
    }
    return this.sortedWords
  }

  private append(term: string, number: number, weight: number): void {
    let list = this.postings.get(term)
    if (!list) {
      list = { pairs: new Int32Array(4), count: 0 }
      this.postings.set(term, list)
      if (!HAN_START.test(term)) this.unsortedWords.push(term)
    }
    if (list.count * 2 === list.pairs.length) {
      const grown = new Int32Array(list.pairs.length * 2)
      grown.set(list.pairs)
      list.pairs = grown
    }
    list.pairs[list.count * 2] = number
    list.pairs[list.count * 2 + 1] = weight
    list.count++
  }

  private ensureScratch(): void {
    if (this.scores.length >= this.documents.length) return
    const capacity = Math.max(1024, this.documents.length * 2)
    this.scores = new Float64Array(capacity)
    this.clausesMatched = new Uint16Array(capacity)
  }

  private growDocumentArrays(): void {
    const lengths = new Float32Array(this.lengths.length * 2)
    lengths.set(this.lengths)
    this.lengths = lengths
    const kindCodes = new Uint8Array(this.kindCodes.length * 2)
    kindCodes.set(this.kindCodes)
    this.kindCodes = kindCodes
  }

  /** Renumbers the live documents and drops removed ones from every posting list. */
  private compact(): void {
    const renumbered = new Int32Array(this.documents.length).fill(-1)
    const live: SearchDocument[] = []
    this.documents.forEach((document, number) => {
      if (!document) return
      renumbered[number] = live.length
      this.lengths[live.length] = this.lengths[number]!
      this.kindCodes[live.length] = this.kindCodes[number]!
      this.numberById.set(document.id, live.length)
      live.push(document)
    })
    for (const [term, list] of this.postings) {
      let kept = 0
      for (let pair = 0; pair < list.count * 2; pair += 2) {
        const number = renumbered[list.pairs[pair]!]!
        if (number < 0) continue
        list.pairs[kept * 2] = number
        list.pairs[kept * 2 + 1] = list.pairs[pair + 1]!
        kept++
      }
      list.count = kept
      if (!kept) this.postings.delete(term)
    }
    this.sortedWords = this.words().filter((word) => this.postings.has(word))
    this.documents = live
    this.deadCount = 0
  }
}

/** The position of `number` in a posting list's pairs, or -1. */
function findPair(pairs: Int32Array, count: number, number: number): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >>> 1
    if (pairs[middle * 2]! < number) low = middle + 1
    else high = middle
  }
  return low < count && pairs[low * 2] === number ? low * 2 : -1
}

const documentFrequency = (lists: { list: PostingList }[]) => lists.reduce((sum, { list }) => sum + list.count, 0)

function lowerBound(sorted: string[], target: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < target) low = middle + 1
    else high = middle
  }
  return low
}

/** The `limit` best-scoring numbers (score < 0 means no match), best first, earlier documents first on ties. */
function topScoring(numbers: number[], limit: number, scoreOf: (number: number) => number): { number: number; score: number }[] {
  // A min-heap of the best so far: the weakest kept sits at the root and is the one replaced.
  const heap: { number: number; score: number }[] = []
  const weaker = (a: { number: number; score: number }, b: { number: number; score: number }) => a.score < b.score || (a.score === b.score && a.number > b.number)
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!])
  for (const number of numbers) {
    const score = scoreOf(number)
    if (score < 0) continue
    const entry = { number, score }
    if (heap.length < limit) {
      heap.push(entry)
      for (let child = heap.length - 1; child > 0; ) {
        const parent = (child - 1) >> 1
        if (!weaker(heap[child]!, heap[parent]!)) break
        swap(child, parent)
        child = parent
      }
    } else if (weaker(heap[0]!, entry)) {
      heap[0] = entry
      for (let parent = 0; ; ) {
        const left = parent * 2 + 1
        const right = left + 1
        let weakest = parent
        if (left < heap.length && weaker(heap[left]!, heap[weakest]!)) weakest = left
        if (right < heap.length && weaker(heap[right]!, heap[weakest]!)) weakest = right
        if (weakest === parent) break
        swap(parent, weakest)
        parent = weakest
      }
    }
  }
  return heap.sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0))
}
