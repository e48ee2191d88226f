/**
 * bench/reconcile: throughput of the reconciliation checks (words per second)
 * on each founding document and on 1,000 synthetic segments; alignment time
 * for 000 × 001 and for two synthetic 2,000-segment texts (English and
 * Chinese); findings per 1,000 words on each document — on the careful human
 * English of 002 and 003 every finding is a false alarm unless shown
 * otherwise, beside the machine translation 000. Synthetic text is seeded, so
 * every run reads the same. Prints tables and writes bench/results/reconcile.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { readDocuments } from '@/lib/corpus/files'
import { alignTexts } from '@/lib/reconcile/align'
import { AuthorityIndex, authorityFrom, type AuthorityInput } from '@/lib/reconcile/authority'
import { checkText } from '@/lib/reconcile/check'
import { documentSegments } from '@/lib/reconcile/document'
import type { Segment } from '@/lib/reconcile/types'
import { seededRandom } from './seededRandom'

const TARGET_WORDS_PER_SECOND = 50_000
const TARGET_ALIGN_MS = 1_000

const authority = new AuthorityIndex(authorityFrom(JSON.parse(readFileSync(path.join(process.cwd(), 'corpus', 'name-authority.json'), 'utf8')) as AuthorityInput))

/** Words as an editor counts them: Latin-script words, and each Chinese character. */
const wordsIn = (segments: Segment[]) => segments.reduce((sum, segment) => sum + (segment.text.match(/[A-Za-z\u00c0-\u024f\d]+/g)?.length ?? 0) + (segment.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0)

/**
 * Median wall time and median CPU time (user + system, this process) of
 * `run`, repeated until it has taken at least `budgetMs` and three times. On
 * a shared machine wall time includes waiting for a core; CPU time is what
 * the code costs.
 */
function timeOf(run: () => unknown, budgetMs = 1_000): { wallMs: number; cpuMs: number } {
  const wall: number[] = []
  const cpu: number[] = []
  const started = performance.now()
  while (wall.length < 3 || performance.now() - started < budgetMs) {
    const start = performance.now()
    const usage = process.cpuUsage()
    run()
    const spent = process.cpuUsage(usage)
    wall.push(performance.now() - start)
    cpu.push((spent.user + spent.system) / 1000)
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  return { wallMs: median(wall), cpuMs: median(cpu) }
}
const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000))

const { random, pick, between } = seededRandom(9)

const englishNames = authority.entities.flatMap((entity) => entity.names.filter((name) => name.language === 'en').map((name) => name.text))
const chineseNames = authority.entities.flatMap((entity) => entity.names.filter((name) => name.language === 'zh').map((name) => name.text))
const FILLER = 'the army of the court marched along the river while envoys from the frontier posts carried letters to the governor and waited for an answer'.split(' ')
const MONTHS = ['March', 'May', 'July', 'October']

/** An English sentence with a date, a figure and names; one in four carries a translation defect. */
function englishSentence(): string {
  const year = between(1755, 1885)
  const words = Array.from({ length: between(10, 22) }, () => pick(FILLER)).join(' ')
  const defect = random() < 0.25 ? pick([` 1${pick(MONTHS)} ${String(year).slice(1)}`, ` ${pick(MONTHS)} 1 2`, ' Prince Gong?', ` ${between(10, 90)} thousand troops`]) : ''
  return `In ${year} ${pick(englishNames)} led ${between(2, 60) * 500} men to ${pick(englishNames)}, and ${words}${defect}.`
}

function chineseSentence(): string {
  return `${between(1755, 1885)}年，${pick(chineseNames)}率${pick(['三', '六', '八'])}千余人进驻${pick(chineseNames)}，${pick(['双方议和', '沿河布防', '遣使入朝', '修筑城垣'])}。`
}

const syntheticText = (count: number, sentence: () => string): Segment[] => Array.from({ length: count }, (_, index) => ({ id: `s${index}`, text: Array.from({ length: between(1, 3) }, sentence).join(' '), kind: 'paragraph' }))

// Warm up: the dictionary, the pinyin and simplification tables load on first use.
checkText({ segments: syntheticText(20, englishSentence), language: 'en', authority })

const documents = await Promise.all((await readDocuments(path.join(process.cwd(), 'corpus'))).map(async (document) => ({ name: document.fileName.replace(/\.[^.]+$/, ''), ...documentSegments(document) })))
const checkRows = documents.map(({ name, language, segments }) => {
  const words = wordsIn(segments)
  const findings = checkText({ segments, language, authority })
  const { wallMs, cpuMs } = timeOf(() => checkText({ segments, language, authority }))
  return { text: name, language, segments: segments.length, words, findings: findings.length, high: findings.filter((finding) => finding.severity === 'high').length, findingsPer1000Words: Math.round((findings.length / words) * 10000) / 10, wordsPerSecondWall: perSecond(words, wallMs), wordsPerSecondCpu: perSecond(words, cpuMs) }
})
const synthetic = syntheticText(1_000, englishSentence)
const syntheticWords = wordsIn(synthetic)
const syntheticTime = timeOf(() => checkText({ segments: synthetic, language: 'en', authority }))
const syntheticResult = checkText({ segments: synthetic, language: 'en', authority })
const syntheticFindings = syntheticResult.length
checkRows.push({ text: 'synthetic 1,000 segments', language: 'en', segments: synthetic.length, words: syntheticWords, findings: syntheticFindings, high: syntheticResult.filter((finding) => finding.severity === 'high').length, findingsPer1000Words: Math.round((syntheticFindings / syntheticWords) * 10000) / 10, wordsPerSecondWall: perSecond(syntheticWords, syntheticTime.wallMs), wordsPerSecondCpu: perSecond(syntheticWords, syntheticTime.cpuMs) })

const bySeed = (prefix: string) => documents.find((document) => document.name.startsWith(prefix))
const [machine, chinese] = [bySeed('000'), bySeed('001')]
if (!machine || !chinese) throw new Error('corpus/ lacks 000 or 001')
const corpusAlignment = alignTexts({ left: machine, right: chinese, authority })
const corpusAlign = timeOf(() => alignTexts({ left: machine, right: chinese, authority }))
const left = { language: 'en', segments: syntheticText(2_000, englishSentence) }
const right = { language: 'zh', segments: syntheticText(2_000, chineseSentence) }
const syntheticAlignment = alignTexts({ left, right, authority })
const syntheticAlign = timeOf(() => alignTexts({ left, right, authority }), 3_000)
const alignRows = [
  { texts: '000 × 001', segments: `${machine.segments.length} × ${chinese.segments.length}`, pairs: corpusAlignment.pairs.length, wallMs: Math.round(corpusAlign.wallMs), cpuMs: Math.round(corpusAlign.cpuMs) },
  { texts: 'synthetic en × zh', segments: '2,000 × 2,000', pairs: syntheticAlignment.pairs.length, wallMs: Math.round(syntheticAlign.wallMs), cpuMs: Math.round(syntheticAlign.cpuMs) },
]

console.log('Checks')
console.table(checkRows)
console.log('Alignment')
console.table(alignRows)
const slowest = Math.min(...checkRows.map((row) => row.wordsPerSecondCpu))
const slowestWall = Math.min(...checkRows.map((row) => row.wordsPerSecondWall))
const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
console.log(`Load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores.`)
console.log(`Checks: slowest ${slowest.toLocaleString('en')} words/s of CPU time, ${slowestWall.toLocaleString('en')} words/s wall (target ${TARGET_WORDS_PER_SECOND.toLocaleString('en')}: ${met(slowest >= TARGET_WORDS_PER_SECOND)} on CPU time, ${met(slowestWall >= TARGET_WORDS_PER_SECOND)} on wall time).`)
console.log(`Alignment of two 2,000-segment texts: ${Math.round(syntheticAlign.cpuMs)} ms CPU, ${Math.round(syntheticAlign.wallMs)} ms wall (target < ${TARGET_ALIGN_MS} ms: ${met(syntheticAlign.cpuMs < TARGET_ALIGN_MS)} on CPU time, ${met(syntheticAlign.wallMs < TARGET_ALIGN_MS)} on wall time).`)

const resultsDir = path.join(process.cwd(), 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
const result = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg()[0], checks: checkRows, alignment: alignRows, targets: { wordsPerSecond: TARGET_WORDS_PER_SECOND, alignMs: TARGET_ALIGN_MS } }
writeFileSync(path.join(resultsDir, 'reconcile.json'), `${JSON.stringify(result, null, 2)}\n`)
