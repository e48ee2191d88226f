/**
 * Re-anchoring at scale: 1,000 annotations on a synthetic 20,000-word article
 * (English with some Chinese paragraphs, a small vocabulary so that words and
 * phrases repeat), 100 random edits (insertions, deletions, word changes,
 * moved and removed paragraphs), then every annotation anchored again in the
 * edited text from what it stored before the edits. The edits track where each
 * annotated range really went; an annotation is **wrong** when it is anchored
 * (exactly or fuzzily) anywhere that does not overlap its range's true place,
 * or when its range was deleted whole. Prints the figures and writes
 * bench/results/annotate.json. Seeded: every run edits the same text the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { anchorQuote } from '@/lib/annotate/anchor'
import { describeRange, type Quote } from '@/lib/annotate/selectors'
import { applyEdit, type Edit, type Tracked } from './annotateEdits'
import { seededRandom } from './seededRandom'

const WORDS = 20_000
const ANNOTATIONS = 1_000
const EDITS = 100
const SEED = Number(process.env.ANNOTATE_SEED ?? 20261202)
const { random, pick, between } = seededRandom(SEED)

const vocabulary = (createRequire(import.meta.url)('an-array-of-english-words') as string[]).filter((word) => word.length >= 2 && word.length <= 7).filter((_, index) => index % 97 === 0).slice(0, 800)
const HANZI = [...'清军沙俄雅克萨尼布楚条约边界额尔古纳河黑龙江准噶尔哈萨克伊犁将军乾隆康熙年间围困城堡使团谈判签订土地人口十万粮草驿站商队贸易']

function sentence(chinese: boolean): string {
  if (chinese) return `${Array.from({ length: between(8, 20) }, () => pick(HANZI)).join('')}。`
  const words = Array.from({ length: between(8, 18) }, () => pick(vocabulary))
  return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`
}

function paragraph(chinese: boolean): string {
  return Array.from({ length: between(3, 7) }, () => sentence(chinese)).join(chinese ? '' : ' ')
}

/** Words as readers count them: English words, and each Chinese character. */
const wordCount = (text: string) => (text.match(/[A-Za-z]+/g)?.length ?? 0) + (text.match(/\p{Script=Han}/gu)?.length ?? 0)

function article(): string {
  const paragraphs: string[] = []
  let words = 0
  while (words < WORDS) {
    const next = paragraph(random() < 0.15)
    paragraphs.push(next)
    words += wordCount(next)
  }
  return paragraphs.join('\n\n')
}

/** A selection of 1–12 words (or 2–16 Chinese characters) starting at a word boundary. */
function selection(text: string): { start: number; end: number } {
  for (;;) {
    const start = between(0, text.length - 40)
    if (/\s/.test(text[start]!) || (start > 0 && /[A-Za-z]/.test(text[start - 1]!))) continue
    const han = /\p{Script=Han}/u.test(text[start]!)
    let end = start + (han ? between(2, 16) : 0)
    if (!han) for (let words = between(1, 12); words > 0 && end < text.length; words -= 1) end = text.indexOf(' ', end + 1) === -1 ? text.length : text.indexOf(' ', end + 1)
    const quote = text.slice(start, end)
    if (quote.trim() && !quote.includes('\n') && !quote.endsWith(' ')) return { start, end }
  }
}

const paragraphBounds = (text: string) => {
  const bounds: { start: number; end: number }[] = []
  let at = 0
  for (const part of text.split('\n\n')) {
    bounds.push({ start: at, end: at + part.length })
    at += part.length + 2
  }
  return bounds
}

/** One random edit of the kinds people make, as the primitive edits it consists of. */
function randomEdit(text: string): { name: string; steps: Edit[] } {
  const roll = random()
  const paragraphs = paragraphBounds(text)
  if (roll < 0.3) return { name: 'sentence inserted', steps: [{ kind: 'insert', at: pick(paragraphs).start, text: `${sentence(random() < 0.15)} ` }] }
  if (roll < 0.55) {
    const start = between(0, text.length - 60)
    return { name: 'span deleted', steps: [{ kind: 'delete', start, end: start + between(3, 60) }] }
  }
  if (roll < 0.8) {
    const at = text.indexOf(' ', between(0, text.length - 20)) + 1
    const end = text.indexOf(' ', at)
    return { name: 'word changed', steps: [{ kind: 'delete', start: at, end: end === -1 ? at : end }, { kind: 'insert', at, text: pick(vocabulary) }] }
  }
  const chosen = pick(paragraphs)
  const end = Math.min(text.length, chosen.end + 2)
  if (roll < 0.9) return { name: 'paragraph removed', steps: [{ kind: 'delete', start: chosen.start, end }] }
  const rest = text.slice(0, chosen.start) + text.slice(end)
  return { name: 'paragraph moved', steps: [{ kind: 'move', start: chosen.start, end, to: pick(paragraphBounds(rest)).start }] }
}

let text = article()
const words = wordCount(text)
const quotes: Quote[] = []
const truth: Tracked[] = []
for (let i = 0; i < ANNOTATIONS; i += 1) {
  const { start, end } = selection(text)
  quotes.push(describeRange(text, start, end))
  truth.push({ start, end, touched: false, gone: false })
}
const editCounts: Record<string, number> = {}
for (let i = 0; i < EDITS; i += 1) {
  const { name, steps } = randomEdit(text)
  editCounts[name] = (editCounts[name] ?? 0) + 1
  for (const step of steps) text = applyEdit(text, step, truth)
}

const started = performance.now()
const cpuStarted = process.cpuUsage()
const anchors = quotes.map((quote) => anchorQuote(text, quote))
const wallMs = performance.now() - started
const cpu = process.cpuUsage(cpuStarted)

const counts = { exact: 0, fuzzy: 0, orphaned: 0, wrong: 0 }
const byTruth = { intact: 0, changed: 0, deleted: 0, intactOrphaned: 0 }
anchors.forEach((anchor, index) => {
  const real = truth[index]!
  counts[anchor.state] += 1
  if (real.gone) byTruth.deleted += 1
  else if (real.touched) byTruth.changed += 1
  else byTruth.intact += 1
  if (anchor.state === 'orphaned') {
    if (!real.gone && !real.touched) byTruth.intactOrphaned += 1
    return
  }
  const overlaps = !real.gone && anchor.start < real.end && anchor.end > real.start
  if (!overlaps) counts.wrong += 1
})

const result = {
  measuredAt: new Date().toISOString(),
  seed: SEED,
  article: { words, characters: text.length, annotations: ANNOTATIONS, edits: EDITS, editKinds: editCounts },
  reanchor: { wallMs: Math.round(wallMs), cpuMs: Math.round((cpu.user + cpu.system) / 1000), perAnnotationMs: Number((wallMs / ANNOTATIONS).toFixed(3)) },
  anchored: counts,
  groundTruth: byTruth,
}
console.log(`re-anchored ${ANNOTATIONS} annotations on a ${words.toLocaleString('en')}-word article after ${EDITS} edits (${JSON.stringify(editCounts)})`)
console.log(`time: ${result.reanchor.wallMs} ms wall, ${result.reanchor.cpuMs} ms CPU (${result.reanchor.perAnnotationMs} ms an annotation)`)
console.log(`exact ${counts.exact}, fuzzy ${counts.fuzzy}, orphaned ${counts.orphaned}, wrong ${counts.wrong}`)
console.log(`ranges really: intact ${byTruth.intact}, changed by an edit ${byTruth.changed}, deleted whole ${byTruth.deleted}; intact but orphaned ${byTruth.intactOrphaned}`)
const resultsDir = path.join(process.cwd(), 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(path.join(resultsDir, 'annotate.json'), `${JSON.stringify(result, null, 2)}\n`)
if (counts.wrong > 0) process.exitCode = 1
