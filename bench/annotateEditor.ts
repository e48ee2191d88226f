/**
 * What the article editor's annotation plugin does after every keystroke, on a
 * synthetic 20,000-word article (English with Chinese paragraphs, inline
 * citation chips) in a headless Lexical editor: read the editor's plain text
 * and node offsets (lib/richtext/lexicalOffsets), and place 1,000 annotations
 * again in it after one character typed at the top (lib/annotate/anchor):
 * from their positions carried across the keystroke (what the plugin does),
 * and, for comparison, from their stale positions (a search for each).
 * Prints median and slowest times and writes bench/results/annotate-editor.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { createHeadlessEditor } from '@lexical/headless'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { $getRoot, type TextNode } from 'lexical'

import { anchorQuote, editBetween, followEdit } from '@/lib/annotate/anchor'
import { describeRange } from '@/lib/annotate/selectors'
import { $liveTextLayout } from '@/lib/richtext/lexicalOffsets'
import { InlineBlockNode } from '@/lib/richtext/lexicalNodes.testing'
import { textContent } from '@/lib/richtext/textContent'
import { seededRandom } from './seededRandom'

const WORDS = 20_000
const ANNOTATIONS = 1_000
const RUNS = 15
const { random, pick, between } = seededRandom(20261202)
const vocabulary = (createRequire(import.meta.url)('an-array-of-english-words') as string[]).filter((word) => word.length >= 2 && word.length <= 7).filter((_, index) => index % 97 === 0).slice(0, 800)
const HANZI = [...'清军沙俄雅克萨尼布楚条约边界额尔古纳河黑龙江准噶尔哈萨克伊犁将军乾隆康熙年间围困城堡使团谈判签订土地人口十万粮草驿站商队贸易']

const text = (value: string) => ({ type: 'text', version: 1, text: value, detail: 0, format: 0, mode: 'normal', style: '' })
const chip = (n: number) => ({ type: 'inlineBlock', version: 1, fields: { id: `c${n}`, blockType: 'cite', citation: 1 } })

let words = 0
const paragraphs = []
while (words < WORDS) {
  const chinese = random() < 0.15
  const sentences = Array.from({ length: between(3, 7) }, () =>
    chinese ? `${Array.from({ length: between(8, 20) }, () => pick(HANZI)).join('')}。` : `${Array.from({ length: between(8, 18) }, () => pick(vocabulary)).join(' ')}.`,
  )
  words += sentences.reduce((sum, one) => sum + (chinese ? one.length - 1 : one.split(' ').length), 0)
  const [first, ...rest] = sentences
  paragraphs.push({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(first!), chip(paragraphs.length), text(` ${rest.join(chinese ? '' : ' ')}`)] })
}
const saved = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: paragraphs } }

const editor = createHeadlessEditor({ nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, InlineBlockNode], onError: (error) => { throw error } })
editor.setEditorState(editor.parseEditorState(JSON.stringify(saved)))

const serverText = textContent(saved as never)
const liveText = editor.read(() => $liveTextLayout().text)
if (liveText !== serverText) throw new Error('The editor and the server read different texts.')

const quotes = Array.from({ length: ANNOTATIONS }, () => {
  for (;;) {
    const start = between(0, serverText.length - 40)
    const quote = serverText.slice(start, start + between(4, 30))
    if (quote.trim() && !quote.includes('\n')) return describeRange(serverText, start, start + quote.length)
  }
})

// One character typed at the top: every stored position is now one off.
editor.update(() => ($getRoot().getAllTextNodes()[0] as TextNode).spliceText(0, 0, 'X', false), { discrete: true })

const time = (work: () => void) => {
  const samples: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now()
    work()
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  return { medianMs: Number(samples[Math.floor(RUNS / 2)]!.toFixed(2)), slowestMs: Number(samples[RUNS - 1]!.toFixed(2)) }
}

let typed = ''
const layout = time(() => void (typed = editor.read(() => $liveTextLayout().text)))
let orphaned = 0
const followed = time(() => {
  const edit = editBetween(serverText, typed)
  orphaned = quotes.map((quote) => anchorQuote(typed, followEdit(quote, edit))).filter((anchor) => anchor.state === 'orphaned').length
})
const searched = time(() => void quotes.map((quote) => anchorQuote(typed, quote)))

const result = { measuredAt: new Date().toISOString(), article: { words, characters: serverText.length, paragraphs: paragraphs.length, annotations: ANNOTATIONS }, editorTextLayout: layout, anchorAllAfterKeystroke: { ...followed, orphaned }, anchorAllFromStalePositions: searched }
console.log(`${words.toLocaleString('en')}-word article, ${paragraphs.length} paragraphs with a citation chip each, ${ANNOTATIONS} annotations`)
console.log(`editor text and offsets: median ${layout.medianMs} ms, slowest ${layout.slowestMs} ms`)
console.log(`anchoring all ${ANNOTATIONS} after one keystroke, positions carried across it: median ${followed.medianMs} ms, slowest ${followed.slowestMs} ms (${orphaned} orphaned)`)
console.log(`the same from their stale positions (a search each): median ${searched.medianMs} ms, slowest ${searched.slowestMs} ms`)
const resultsDir = path.join(process.cwd(), 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
writeFileSync(path.join(resultsDir, 'annotate-editor.json'), `${JSON.stringify(result, null, 2)}\n`)
