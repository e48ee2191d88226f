/**
 * bench/import: the write stage end to end on a fresh embedded (SQLite)
 * database. First the founding corpus, as the first start imports it (target:
 * under 3 s after start-up), then a synthetic corpus of 1,000 documents built
 * from the seeds' shapes (target: at least 50 documents/s). Prints documents/s,
 * citations/s and peak memory, and writes bench/results/import.json.
 *
 *   npm run bench:import [-- --documents 1000]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'

import type { ImportSummary } from '@/server/import'
import { syntheticCorpus } from './syntheticCorpus'

const documentsArgument = process.argv.indexOf('--documents')
const SYNTHETIC_DOCUMENTS = documentsArgument > 0 ? Number(process.argv[documentsArgument + 1]) : 1000
const FOUNDING_TARGET_SECONDS = 3
const DOCUMENTS_PER_SECOND_TARGET = 50

// A throwaway database: set before the config is loaded, since it reads the environment.
const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-bench-import-'))
process.env.DATA_DIR = dataDir
process.env.MEDIA_DIR = path.join(dataDir, 'media')
delete process.env.DATABASE_URI

let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25)
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
const seconds = (since: number) => (performance.now() - since) / 1000

const startedAt = performance.now()
const { getPayload } = await import('payload')
const { default: config } = await import('@/payload.config')
const { importDocument, importFoundingCorpus, readDocuments } = await import('@/server/import')
await (await import('@/server/import/worker/build')).ensureParseWorker()
const payload = await getPayload({ config })
const startupSeconds = seconds(startedAt)

type Phase = { documents: number; seconds: number; cpuSeconds: number; documentsPerSecond: number; citations: number; citationsPerSecond: number; citationsNew: number; entitiesNew: number; entitiesReused: number }

/** CPU time of this process since `since` (a process.cpuUsage()): on a busy machine it shows how much of the wall time was the import's own work. */
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return Math.round((used.user + used.system) / 1000) / 1000
}

function phase(summaries: ImportSummary[], elapsed: number, cpu: number): Phase {
  const total = (pick: (summary: ImportSummary) => number) => summaries.reduce((sum, summary) => sum + pick(summary), 0)
  const citations = total((summary) => summary.citations.new + summary.citations.reused)
  return {
    documents: summaries.length,
    seconds: Math.round(elapsed * 1000) / 1000,
    cpuSeconds: cpu,
    documentsPerSecond: Math.round((summaries.length / elapsed) * 10) / 10,
    citations,
    citationsPerSecond: Math.round((citations / elapsed) * 10) / 10,
    citationsNew: total((summary) => summary.citations.new),
    entitiesNew: total((summary) => summary.entities.new),
    entitiesReused: total((summary) => summary.entities.reused),
  }
}

const foundingStart = performance.now()
const foundingCpu = process.cpuUsage()
const founding = phase(await importFoundingCorpus(payload, () => {}), seconds(foundingStart), cpuSeconds(foundingCpu))

const seeds = await readDocuments(path.join(process.cwd(), 'corpus'))
const documents = syntheticCorpus(seeds, SYNTHETIC_DOCUMENTS)
const syntheticStart = performance.now()
const syntheticCpu = process.cpuUsage()
const summaries: ImportSummary[] = []
for (const document of documents) summaries.push(await importDocument(payload, document))
const synthetic = phase(summaries, seconds(syntheticStart), cpuSeconds(syntheticCpu))
const languages = Object.fromEntries(['en', 'zh'].map((language) => [language, summaries.filter((summary) => summary.language === language).length]))

clearInterval(sampler)
peakRss = Math.max(peakRss, process.memoryUsage().rss)
const result = {
  when: new Date().toISOString(),
  node: process.version,
  database: 'sqlite (embedded, fresh)',
  cpus: availableParallelism(),
  loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
  startupSeconds: Math.round(startupSeconds * 1000) / 1000,
  foundingCorpus: { ...founding, targetSeconds: FOUNDING_TARGET_SECONDS, met: founding.seconds < FOUNDING_TARGET_SECONDS },
  synthetic: { ...synthetic, languages, targetDocumentsPerSecond: DOCUMENTS_PER_SECOND_TARGET, met: synthetic.documentsPerSecond >= DOCUMENTS_PER_SECOND_TARGET },
  peakRssMiB: mib(peakRss),
  maxRssMiB: mib(process.resourceUsage().maxRSS * 1024),
}

console.log(`start-up (config, migrations)   ${result.startupSeconds.toFixed(2)} s; load average ${result.loadAverage.join(' ')} on ${result.cpus} CPUs`)
console.log(
  `founding corpus                 ${founding.documents} documents in ${founding.seconds.toFixed(2)} s (target < ${FOUNDING_TARGET_SECONDS} s: ${result.foundingCorpus.met ? 'met' : 'NOT met'}; ${founding.cpuSeconds.toFixed(2)} s CPU), ${founding.citationsPerSecond} citations/s`,
)
console.log(
  `synthetic corpus                ${synthetic.documents} documents (${languages.en} en, ${languages.zh} zh) in ${synthetic.seconds.toFixed(2)} s (${synthetic.cpuSeconds.toFixed(2)} s CPU): ${synthetic.documentsPerSecond} documents/s (target ≥ ${DOCUMENTS_PER_SECOND_TARGET}: ${result.synthetic.met ? 'met' : 'NOT met'}), ${synthetic.citationsPerSecond} citations/s (${synthetic.citationsNew} new works)`,
)
console.log(`peak memory                     ${result.peakRssMiB} MiB RSS (sampled), ${result.maxRssMiB} MiB max RSS`)

mkdirSync(path.join(process.cwd(), 'bench', 'results'), { recursive: true })
writeFileSync(path.join(process.cwd(), 'bench', 'results', 'import.json'), JSON.stringify(result, null, 2) + '\n')
await payload.destroy()
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
