/**
 * bench/parse: the parse stage on its worker thread. Time to parse and plan a
 * 1.5 MB article of the corpus's shapes, time to refuse a 10 KB and a 1 MB
 * Markdown list nested 5,000 levels deep, and the longest the serving thread
 * went without running (event-loop delay, max) while each was parsed: what a
 * request such as /api/health waits at worst. Writes bench/results/parse.json.
 *
 *   npm run bench:parse
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'

import { longArticleMarkdown, nestedListMarkdown } from '@/lib/corpus/syntheticDocuments'
import { ensureParseWorker } from '@/server/import/worker/build'
import { planInWorker } from '@/server/import/worker/pool'

await ensureParseWorker()
const encode = (text: string) => new TextEncoder().encode(text)
const round = (value: number) => Math.round(value * 10) / 10

async function measure(name: string, text: string) {
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const started = performance.now()
  const outcome = await planInWorker({ bytes: encode(text), fileName: name, plan: {} }).then(
    (result) => `planned: ${result.plan.source.segments.length} segments, ${result.plan.citations.length} works`,
    (error: Error) => `refused: ${error.message}`,
  )
  const milliseconds = round(performance.now() - started)
  delay.disable()
  return { document: name, bytes: encode(text).length, milliseconds, serverThreadMaxDelayMs: round(delay.max / 1e6), outcome }
}

// The first job starts the worker; measured apart so the figures below are the parse's own.
const warmUp = await measure('warm-up.md', '# Warm-up\n\nOne paragraph.\n')
const runs = [
  await measure('long-article-1.5MB.md', longArticleMarkdown(1_500_000)),
  await measure('nested-5000-10KB.md', nestedListMarkdown(5000, 'one-line')),
  await measure('nested-5000-1MB.md', nestedListMarkdown(5000, 'one-line', 100)),
]
for (const run of [warmUp, ...runs]) {
  console.log(`${run.document.padEnd(26)} ${String(run.bytes).padStart(9)} bytes  ${String(run.milliseconds).padStart(8)} ms  serving thread max delay ${run.serverThreadMaxDelayMs} ms  ${run.outcome.slice(0, 90)}`)
}
const result = { when: new Date().toISOString(), node: process.version, cpus: availableParallelism(), loadAverage: loadavg().map(round), workerStartMs: warmUp.milliseconds, runs }
mkdirSync(path.join(process.cwd(), 'bench', 'results'), { recursive: true })
writeFileSync(path.join(process.cwd(), 'bench', 'results', 'parse.json'), JSON.stringify(result, null, 2) + '\n')
