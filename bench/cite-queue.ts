/**
 * bench/cite-queue: time to compute the sourcing queue (lib/sourcing) over
 * 1,000 article drafts × 50 paragraphs in each of two locales, a third of the
 * paragraphs uncited, some with "citation needed" markers and citations of
 * deleted works, and 100 sources with 20 importer flags each, half of them on
 * passages the drafted article holds. Seeded, so every run reads the same.
 * Prints wall and CPU time (median), cold and as the server asks again with
 * its PassageCache, and writes bench/results/cite-queue.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { LexicalNode } from '@/lib/richtext/walk'
import { PassageCache, sourcingQueue, type ArticleDraft, type SourceRecord } from '@/lib/sourcing/queue'
import { seededRandom } from './seededRandom'

const ARTICLES = 1_000
const PARAGRAPHS = 50
const SOURCES = 100
const FLAGS_PER_SOURCE = 20
const TARGET_MS = 200

const { random, pick, between } = seededRandom(11)
const WORDS = 'the garrison envoys frontier governor river court letters fort caravan tribute border treaty'.split(' ')
const HAN = '伊犁将军驻惠远城清军守城议和遣使修筑'.split('')

const sentence = (locale: string) =>
  locale === 'zh' ? `${Array.from({ length: between(12, 40) }, () => pick(HAN)).join('')}。` : `${Array.from({ length: between(12, 30) }, () => pick(WORDS)).join(' ')}.`

const text = (value: string): LexicalNode => ({ type: 'text', text: value })
function paragraph(locale: string, index: number, words: string): LexicalNode {
  const children = [text(words)]
  const roll = random()
  if (roll < 0.6) children.push({ type: 'inlineBlock', fields: { id: `c${index}`, blockType: 'cite', citation: between(1, 5_000) } })
  else if (roll < 0.7) children.push({ type: 'inlineBlock', fields: { id: `n${index}`, blockType: 'citationNeeded' } })
  return { type: 'paragraph', children: locale === 'zh' && roll > 0.95 ? [...children, text(sentence(locale))] : children }
}

const sourceTexts: string[][] = []
const articles: ArticleDraft[] = Array.from({ length: ARTICLES }, (_, articleIndex) => {
  const bodies: ArticleDraft['bodies'] = {}
  for (const locale of ['en', 'zh']) {
    const words = Array.from({ length: PARAGRAPHS }, () => `${sentence(locale)} ${sentence(locale)}`)
    if (locale === 'en' && articleIndex < SOURCES) sourceTexts.push(words)
    bodies[locale] = { root: { type: 'root', children: words.map((value, index) => paragraph(locale, index, value)) } }
  }
  return { id: String(articleIndex + 1), title: { en: `Article ${articleIndex + 1}`, zh: `条目${articleIndex + 1}` }, updatedAt: new Date(Date.UTC(2026, 0, 1 + (articleIndex % 300))).toISOString(), bodies, sourceIds: articleIndex < SOURCES ? [`s${articleIndex}`] : [] }
})
const sources: SourceRecord[] = sourceTexts.map((paragraphs, index) => {
  const segments = [...paragraphs, ...Array.from({ length: FLAGS_PER_SOURCE / 2 }, () => sentence('en'))].map((value, segment) => ({ segmentId: `p${segment}`, kind: 'paragraph', text: value }))
  const flagged = [...Array.from({ length: FLAGS_PER_SOURCE / 2 }, (_, n) => n * 3), ...Array.from({ length: FLAGS_PER_SOURCE / 2 }, (_, n) => paragraphs.length + n)]
  return { id: `s${index}`, title: `Source ${index}`, language: 'en', createdAt: '2026-01-01T00:00:00.000Z', segments, flags: flagged.map((segment) => ({ kind: 'unsourced-paragraph', segmentId: `p${segment}`, marker: null, resolved: false })) }
})
const deleted = (id: string) => Number(id) % 97 !== 0

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
let rows = 0
/** Median wall and CPU time of 7 runs of `compute`. */
function timed(compute: () => number) {
  const wall: number[] = []
  const cpu: number[] = []
  for (let run = 0; run < 7; run++) {
    const usage = process.cpuUsage()
    const start = performance.now()
    rows = compute()
    wall.push(performance.now() - start)
    const spent = process.cpuUsage(usage)
    cpu.push((spent.user + spent.system) / 1000)
  }
  return { wall: median(wall), cpu: median(cpu) }
}
// Cold: every draft's passages read from its body. Warm: as the server asks again, one draft in a hundred saved since.
const cold = timed(() => sourcingQueue({ articles, sources, workExists: deleted }).length)
const cache = new PassageCache()
cache.read(articles)
let saves = 0
const warm = timed(() => {
  for (let index = 0; index < ARTICLES / 100; index++) {
    const article = articles[(saves++ * 37) % ARTICLES]!
    article.updatedAt = new Date(Date.parse(article.updatedAt) + 1000).toISOString()
  }
  return sourcingQueue({ articles, sources, workExists: deleted, passages: cache.read(articles) }).length
})
const result = {
  articles: ARTICLES,
  paragraphsPerLocale: PARAGRAPHS,
  locales: 2,
  sources: SOURCES,
  flags: SOURCES * FLAGS_PER_SOURCE,
  rows,
  wallMs: Math.round(cold.wall),
  cpuMs: Math.round(cold.cpu),
  warmWallMs: Math.round(warm.wall),
  warmCpuMs: Math.round(warm.cpu),
  targetMs: TARGET_MS,
  met: cold.wall < TARGET_MS,
  warmMet: warm.wall < TARGET_MS,
  loadAverage: os.loadavg()[0] ?? 0,
}
console.log(`sourcing queue: ${ARTICLES} articles × ${PARAGRAPHS} paragraphs × 2 locales, ${result.flags} source flags → ${rows} rows`)
console.log(`  cold (every draft read): ${result.wallMs} ms wall, ${result.cpuMs} ms CPU (median of 7; target < ${TARGET_MS} ms: ${result.met ? 'met' : 'NOT met'}; load average ${result.loadAverage.toFixed(1)})`)
console.log(`  asked again, 10 drafts saved since (PassageCache, as the server keeps it): ${result.warmWallMs} ms wall, ${result.warmCpuMs} ms CPU (target: ${result.warmMet ? 'met' : 'NOT met'})`)
const resultsDir = path.join(process.cwd(), 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(path.join(resultsDir, 'cite-queue.json'), `${JSON.stringify(result, null, 2)}\n`)
