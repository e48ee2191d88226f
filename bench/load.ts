/**
 * `npm run test:load`: readers and editors at once against `npm start`
 * (production build, founding corpus, fresh data directory, loopback only).
 *
 * First the readers alone, then with the editors: LOAD_READERS connections
 * (default 100) spread evenly over an article page (one the editors are
 * changing), the home page, a search and /api/health, each requesting again as
 * soon as answered; LOAD_EDITORS editors (default 10) saving drafts of their own
 * published article as the admin's autosave does, every LOAD_EDITOR_INTERVAL_MS
 * (default 2000, the admin's autosave interval; 0 = back to back). Each phase
 * lasts LOAD_SECONDS (default 60). Before them, the server's CPU time per
 * request of each route and per draft save, one request at a time (what the
 * server's one thread spends, independent of what else the machine runs).
 * Prints req/s and p50/p99 per route, errors,
 * editors' save p50/p99, saves lost (acknowledged but not the stored draft) and
 * published versions touched, checks them against the targets, and writes
 * bench/results/load.json. Exits 1 when a target is missed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'

import { Editors, type EditorFigures } from './loadEditors'
import { readers, type RouteFigures } from './loadFigures'
import { mainThreadSchedule, processCpuMs } from './processTree'
import { startProductionServer } from './productionServer'

const port = Number(process.env.LOAD_PORT ?? 3421)
const seconds = Number(process.env.LOAD_SECONDS ?? 60)
const readerCount = Number(process.env.LOAD_READERS ?? 100)
const editorCount = Number(process.env.LOAD_EDITORS ?? 10)
const editorIntervalMs = Number(process.env.LOAD_EDITOR_INTERVAL_MS ?? 2000)
const targets = { publicP99Ms: 250, saveP99Ms: 500 }
if (![port, seconds, readerCount, editorCount, editorIntervalMs].every((n) => Number.isFinite(n) && n >= 0) || seconds > 600) {
  throw new Error('LOAD_PORT, LOAD_SECONDS (at most 600), LOAD_READERS, LOAD_EDITORS and LOAD_EDITOR_INTERVAL_MS must be non-negative numbers')
}
// The readers' article is one an editor is changing.
if (editorCount < 1) throw new Error('LOAD_EDITORS must be at least 1')

const profileDir = process.env.LOAD_CPU_PROFILE_DIR
const server = await startProductionServer(port, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [])
const { origin } = server
const accounts = JSON.parse(readFileSync(path.join(server.dataDir, 'demo-accounts.json'), 'utf8')) as { role: string; email: string; password: string }[]
const admin = accounts.find((account) => account.role === 'admin')!
const login = await fetch(`${origin}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: admin.password }) })
const { token } = (await login.json()) as { token: string }

const editors = await Editors.prepare(origin, token, editorCount, editorIntervalMs)
const routes = {
  article: `${origin}/en/articles/${editors.firstSlug}`,
  home: `${origin}/en`,
  search: `${origin}/zh/search?q=${encodeURIComponent('伊犁')}`,
  health: `${origin}/api/health`,
}
for (const url of Object.values(routes)) await fetch(url) // render, cache and build the search index before measuring

/** The server's CPU milliseconds per run of `work`, run `times` times one after the other: what each costs its one thread, whatever else the machine runs. */
async function cpuCost(times: number, work: () => Promise<unknown>): Promise<number> {
  const before = processCpuMs(server.pid)
  for (let i = 0; i < times; i++) await work()
  return Math.round((10 * (processCpuMs(server.pid) - before)) / times) / 10
}
const cpuMsPerRequest: Record<string, number> = {}
for (const [name, url] of Object.entries(routes)) cpuMsPerRequest[name] = await cpuCost(40, async () => (await fetch(url)).arrayBuffer())
cpuMsPerRequest.draftSave = await cpuCost(20, () => editors.save(1))

type Phase = { routes: Record<string, RouteFigures>; serverThread: { runningMs: number; waitingForCpuMs: number } }

/** All readers for one phase; also how long the server's thread ran, and how long it was ready but waited for a CPU the machine gave to others. */
async function allReaders(): Promise<Phase> {
  const entries = Object.entries(routes)
  const share = Math.max(1, Math.round(readerCount / entries.length))
  const before = mainThreadSchedule(server.pid)
  const figures = await Promise.all(entries.map(([, url]) => readers(url, share, seconds)))
  const after = mainThreadSchedule(server.pid)
  return {
    routes: Object.fromEntries(entries.map(([name], i) => [name, figures[i]!])),
    serverThread: { runningMs: Math.round(after.runningMs - before.runningMs), waitingForCpuMs: Math.round(after.waitingForCpuMs - before.waitingForCpuMs) },
  }
}

const readersAlone = await allReaders()
editors.start()
const mixed = await allReaders()
await editors.stop()
const editorFigures = await editors.verify()
const articleShowsNoDraft = !(await (await fetch(routes.article)).text()).includes('Load editor ')
await server.stop()

function printRoutes(title: string, { routes: figures, serverThread }: Phase) {
  console.log(`\n  ${title}: the server's thread ran ${serverThread.runningMs} ms and waited ${serverThread.waitingForCpuMs} ms for a CPU in ${seconds} s`)
  console.log('  route        req/s   p50 ms   p99 ms   max ms   errors')
  for (const [name, f] of Object.entries(figures)) {
    console.log(`  ${name.padEnd(10)} ${String(f.requestsPerSecond).padStart(7)} ${String(f.p50Ms).padStart(8)} ${String(f.p99Ms).padStart(8)} ${String(f.maxMs).padStart(8)} ${String(f.errors).padStart(8)}`)
  }
}

function printEditors(f: EditorFigures) {
  console.log(`\n  editors: ${f.editors}, ${f.saves} draft saves, ${f.errors} errors, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms`)
  if (f.slowSavesAtSeconds.length) console.log(`  saves of 500 ms or more started at (s into the phase): ${f.slowSavesAtSeconds.join(', ')}`)
  console.log(`  saves lost: ${f.lost}; published versions changed by a draft: ${f.publishedChanged}; versions per article at the end: ${Math.min(...f.versionsPerArticle)}–${Math.max(...f.versionsPerArticle)}`)
}

console.log(`\ntest:load — ${seconds} s per phase, ${readerCount} readers, ${editorCount} editors saving every ${editorIntervalMs} ms`)
// The figures depend on what else the machine runs: say how busy it was.
const machine = { cores: availableParallelism(), loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 }
console.log(`  machine: ${machine.cores} cores, load average ${machine.loadAverage1m} over the last minute`)
console.log(`\n  server CPU per request, one at a time: ${Object.entries(cpuMsPerRequest).map(([name, ms]) => `${name} ${ms} ms`).join(', ')}`)
printRoutes('readers alone', readersAlone)
printRoutes('readers while editors save drafts', mixed)
printEditors(editorFigures)

const publicRoutes = Object.values(mixed.routes)
const missed = [
  ...publicRoutes.filter((f) => f.p99Ms >= targets.publicP99Ms).map(() => `a public route's p99 is ${targets.publicP99Ms} ms or more`),
  ...publicRoutes.filter((f) => f.errors > 0).map(() => 'a public route answered with errors'),
  ...(editorFigures.p99Ms >= targets.saveP99Ms ? [`editors' save p99 is ${targets.saveP99Ms} ms or more`] : []),
  ...(editorFigures.errors > 0 ? ['editors\' saves failed'] : []),
  ...(editorFigures.lost > 0 ? ['saves were lost'] : []),
  ...(editorFigures.publishedChanged > 0 || !articleShowsNoDraft ? ['a draft reached a published version or page'] : []),
]
const verdict = missed.length ? `targets missed: ${[...new Set(missed)].join('; ')}` : `targets met: public p99 < ${targets.publicP99Ms} ms with 0 errors, save p99 < ${targets.saveP99Ms} ms, none lost`
console.log(`\n  ${verdict}`)

mkdirSync('bench/results', { recursive: true })
const result = { date: new Date().toISOString(), seconds, readers: readerCount, editors: editorCount, editorIntervalMs, targets, machine, cpuMsPerRequest, readersAlone, mixed, editorFigures, articleShowsNoDraft, missed: [...new Set(missed)] }
writeFileSync('bench/results/load.json', JSON.stringify(result, null, 2) + '\n')
console.log('  written bench/results/load.json')
process.exit(missed.length ? 1 : 0)
