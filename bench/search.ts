/**
 * bench/search: builds the in-memory search index over 100,000 synthetic
 * paragraphs of mixed Chinese and English made from the corpus vocabulary
 * (seeded, so every run indexes the same text), then measures warm query
 * latency for 1-, 2- and 3-character Chinese queries, English words and
 * names. Prints a table and writes bench/results/search.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

import { SEARCH_KINDS, SearchIndex } from '@/lib/search'
import { seededRandom } from './seededRandom'

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 100_000)
const QUERIES_PER_SET = 250
const TARGET_P95_MS = 50

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void
const heapUsed = () => {
  collectGarbage()
  return process.memoryUsage().heapUsed
}

const { random, pick, between } = seededRandom(1759)

// The vocabulary, with repeats, so frequent words stay frequent.
const corpusDir = path.join(process.cwd(), 'corpus')
const corpus = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(path.join(corpusDir, file), 'utf8'))
  .join('\n')
const englishWords = corpus.match(/\b[A-Za-z][a-z]{2,}\b/g) ?? []
const names = corpus.match(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g) ?? []
const hanRuns = corpus.match(/\p{Script=Han}+/gu) ?? []
// Han "words": the corpus runs cut into pieces of two to four characters.
const hanPieces = hanRuns.flatMap((run) => {
  const chars = [...run]
  const pieces: string[] = []
  for (let start = 0; start < chars.length; ) {
    const length = Math.min(chars.length - start, between(2, 4))
    pieces.push(chars.slice(start, start + length).join(''))
    start += length
  }
  return pieces
})
if (!englishWords.length || !names.length || !hanPieces.length) throw new Error('The corpus has too little text to build a benchmark from.')

function chineseSentence(): string {
  let sentence = ''
  for (let piece = between(6, 20); piece > 0; piece--) sentence += random() < 0.06 ? ` ${pick(names)} ` : pick(hanPieces)
  return sentence + pick(['，', '。', '。', '；'])
}

function englishSentence(): string {
  const words: string[] = []
  for (let word = between(8, 24); word > 0; word--) words.push(random() < 0.08 ? pick(names) : random() < 0.04 ? pick(hanPieces) : pick(englishWords))
  const sentence = words.join(' ')
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}. `
}

function paragraph(): string {
  const chinese = random() < 0.5
  let text = ''
  for (let sentence = between(2, 5); sentence > 0; sentence--) text += chinese ? chineseSentence() : englishSentence()
  return text.trim()
}

const texts = Array.from({ length: PARAGRAPHS }, paragraph)
const textBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)

const heapBefore = heapUsed()
const buildStart = performance.now()
const index = new SearchIndex()
texts.forEach((text, number) => {
  index.add({
    id: `p${number}`,
    kind: SEARCH_KINDS[number % SEARCH_KINDS.length]!,
    locale: /\p{Script=Han}/u.test(text[0] ?? '') ? 'zh' : 'en',
    title: text.slice(0, 24),
    text,
    url: `/p/${number}`,
  })
})
const buildMs = performance.now() - buildStart
const heapAfter = heapUsed()

const hanSubstrings = (length: number) =>
  hanRuns.flatMap((run) => {
    const chars = [...run]
    return chars.slice(0, chars.length - length + 1).map((_, start) => chars.slice(start, start + length).join(''))
  })
const querySets: Record<string, string[]> = {}
const draw = (source: readonly string[]) => Array.from({ length: QUERIES_PER_SET }, () => pick(source))
querySets['Chinese, 1 character'] = draw(hanSubstrings(1))
querySets['Chinese, 2 characters'] = draw(hanSubstrings(2))
querySets['Chinese, 3 characters'] = draw(hanSubstrings(3))
querySets['English word'] = draw(englishWords)
querySets['name'] = draw(names)

// Warm up: let V8 optimise and the prefix vocabulary be sorted before anything is timed.
for (const query of Object.values(querySets).flat().slice(0, 400)) index.search(query)

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

const rows = Object.entries(querySets).map(([name, queries]) => {
  const timings: number[] = []
  let found = 0
  for (const query of queries) {
    const start = performance.now()
    found += index.search(query, { limit: 20 }).length
    timings.push(performance.now() - start)
  }
  timings.sort((a, b) => a - b)
  return {
    queries: name,
    count: queries.length,
    p50Ms: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    maxMs: round(timings.at(-1)!),
    meanHits: round(found / queries.length, 1),
  }
})

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  paragraphs: PARAGRAPHS,
  textMiB: round(textBytes / 2 ** 20, 1),
  buildSeconds: round(buildMs / 1000),
  heapUsedMiB: round((heapAfter - heapBefore) / 2 ** 20, 1),
  targetP95Ms: TARGET_P95_MS,
  queries: rows,
}

console.log(`Indexed ${PARAGRAPHS.toLocaleString('en')} paragraphs (${result.textMiB} MiB of text) in ${result.buildSeconds} s; heap used by the index and its text: ${result.heapUsedMiB} MiB`)
console.table(rows)
const slow = rows.filter((row) => row.p95Ms >= TARGET_P95_MS)
console.log(slow.length ? `Over the ${TARGET_P95_MS} ms p95 target: ${slow.map((row) => row.queries).join(', ')}` : `Every p95 is under the ${TARGET_P95_MS} ms target.`)

const resultsDir = path.join(process.cwd(), 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(path.join(resultsDir, 'search.json'), `${JSON.stringify(result, null, 2)}\n`)
