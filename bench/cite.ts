/**
 * bench/cite: the three figures of the historians' citation work, one after the other.
 * 1. References parsed per second by lib/cite/reference, per form (Chicago note and
 *    bibliography, APA, MLA, Wikipedia template output, Chinese, GB/T 7714, Russian ГОСТ, short
 *    notes), on seeded synthetic references (the same on every run), and on the founding corpus's
 *    notes. Wall and CPU time (the machine is shared). Prints a table and writes bench/results/cite.json.
 * 2. The sourcing queue at 1,000 articles × 50 paragraphs (bench/cite-queue).
 * 3. Merging a work cited 500 times (bench/cite-merge).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseReference } from '@/lib/cite/reference'
import { loadSeed, SEED_NAMES } from '@/lib/corpus/testing'
import { seededRandom } from './seededRandom'

const PER_FORM = 2_000
const { pick, between } = seededRandom(11)

const FAMILIES = ['Perdue', 'Millward', 'Forsyth', 'Elliott', 'Newby', 'Crossley', 'Mancall', 'Stephan', 'Kim', 'Fletcher']
const GIVEN = ['Peter C.', 'James A.', 'Laura J.', 'Mark', 'Pamela Kyle', 'John K.', 'Anne', 'Wen']
const WORDS = ['Frontier', 'Empire', 'Garrisons', 'Trade', 'Khanate', 'Steppe', 'Posts', 'Treaty', 'Caravans', 'Rivers']
const PLACES = ['Cambridge', 'Stanford', 'Berkeley', 'New York', 'Leiden']
const PRESSES = ['Cambridge University Press', 'Belknap Press', 'Brill', 'Stanford University Press', 'Columbia University Press']
const CN_NAMES = ['魏源', '何秋涛', '祁韵士', '萧一山', '马大正']
const CN_TITLES = ['圣武记', '朔方备乘', '皇朝藩部要略', '清代通史', '新疆史鉴']
const CN_PRESSES = ['中华书局', '商务印书馆', '新疆人民出版社', '岳麓书社']
const RU_NAMES = ['Александров В. А.', 'Пастухов А. М.', 'Мясников В. С.']
const RU_TITLES = ['Россия на дальневосточных рубежах', 'Империя Цин и Русское государство', 'Корейская пехотная тактика']

const title = () => `The ${pick(WORDS)} of the ${pick(WORDS)}: ${pick(WORDS)} and ${pick(WORDS)}, ${between(1600, 1750)}–${between(1751, 1900)}`
const year = () => between(1950, 2024)

const FORMS: Record<string, () => string> = {
  'Chicago bibliography': () => `${pick(FAMILIES)}, ${pick(GIVEN)}. ${title()}. ${pick(PLACES)}: ${pick(PRESSES)}, ${year()}.`,
  'Chicago note': () => `${pick(GIVEN)} ${pick(FAMILIES)}, ${title()} (${pick(PLACES)}: ${pick(PRESSES)}, ${year()}), ${between(1, 400)}.`,
  'Chicago journal': () => `${pick(FAMILIES)}, ${pick(GIVEN)}. "${title()}." Modern Asian Studies ${between(1, 50)}, no. ${between(1, 6)} (${year()}): ${between(1, 300)}–${between(301, 600)}.`,
  APA: () => `${pick(FAMILIES)}, P. C. (${year()}). ${title()}. ${pick(PRESSES)}. https://doi.org/10.1017/S00267${between(10000, 99999)}`,
  MLA: () => `${pick(FAMILIES)}, ${pick(GIVEN)}. ${title()}. ${pick(PRESSES)}, ${year()}.`,
  'Wikipedia cite book': () => `${pick(FAMILIES)}, ${pick(GIVEN)} (${year()}). ${title()}. ${pick(PLACES)}: ${pick(PRESSES)}. p. ${between(1, 400)}. ISBN 978-0-521-47771-0.`,
  Chinese: () => `〔清〕${pick(CN_NAMES)}：《${pick(CN_TITLES)}》卷${pick(['一', '四', '十二'])}，北京：${pick(CN_PRESSES)}，${year()}年，第${between(1, 400)}页。`,
  'GB/T 7714': () => `${pick(CN_NAMES)}. ${pick(CN_TITLES)}[M]. 北京: ${pick(CN_PRESSES)}, ${year()}: ${between(1, 400)}.`,
  Russian: () => `${pick(RU_NAMES)} ${pick(RU_TITLES)}. — М.: Наука, ${year()}. — ${between(100, 500)} с.`,
  'short notes': () => pick([`${pick(FAMILIES)} ${year()}, p. ${between(1, 400)}.`, 'Ibid., 45.', '同上，第12页。', `${pick(FAMILIES)}, ${pick(WORDS)}, ${between(1, 99)}.`]),
}

function measure(references: string[]): { perSecondWall: number; perSecondCpu: number; wallMs: number } {
  for (const reference of references.slice(0, 100)) parseReference(reference, 'en') // warm up
  const start = performance.now()
  const usage = process.cpuUsage()
  for (const reference of references) parseReference(reference, /\p{Script=Han}/u.test(reference) ? 'zh' : 'en')
  const spent = process.cpuUsage(usage)
  const wallMs = performance.now() - start
  const cpuMs = (spent.user + spent.system) / 1000
  return { perSecondWall: Math.round(references.length / (wallMs / 1000)), perSecondCpu: Math.round(references.length / (cpuMs / 1000)), wallMs: Math.round(wallMs) }
}

const rows = Object.entries(FORMS).map(([form, make]) => ({ form, references: PER_FORM, ...measure(Array.from({ length: PER_FORM }, make)) }))
const corpusNotes = SEED_NAMES.flatMap((name) => loadSeed(name).tree.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'noteList' ? block.notes.map((note) => note.text).filter(Boolean) : []))))
// The corpus has some fifty notes: read them twenty times over for a measurable time.
rows.push({ form: 'founding corpus notes (×20)', references: corpusNotes.length * 20, ...measure(Array.from({ length: 20 }, () => corpusNotes).flat()) })
const all = rows.slice(0, -1)
const overall = Math.round(all.reduce((sum, row) => sum + row.references, 0) / (all.reduce((sum, row) => sum + row.references / row.perSecondCpu, 0)))

console.table(rows)
console.log(`Load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores. All synthetic forms: ${overall.toLocaleString('en')} references/s of CPU time.`)
const resultsDir = path.join(process.cwd(), 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
const result = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg()[0], referencesPerSecondCpu: overall, forms: rows }
writeFileSync(path.join(resultsDir, 'cite.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log(JSON.stringify({ referencesPerSecondCpu: overall }))

// The other two figures, each a script of its own (also runnable alone); imported for their side effects, in turn.
await import('./cite-queue')
await import('./cite-merge')
