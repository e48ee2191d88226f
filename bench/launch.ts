/**
 * bench/launch: launches the compiled entry points many times and counts how
 * each launch ended, since a start-up that fails now and then (exit 13, no
 * output) only shows in numbers. `npm run import -- <small document>` and
 * `npm start` until /api/health answers, each --runs times (default 100), on
 * one throwaway data directory; and, as a control, Node's own import of
 * Payload's rich-text package with and without the `production` condition
 * (see scripts/run.mjs). Prints the figures and writes bench/results/launch.json (launch-import.json,
 * launch-start.json with --only).
 *
 *   npm run bench:launch [-- --runs 100 --only import|start]
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : undefined
}
const RUNS = Number(option('runs') ?? 100)
const only = option('only')
const port = Number(process.env.BENCH_PORT ?? 3441)
const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-bench-launch-'))
const env = { ...process.env, DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media'), PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' }
const script = (entry: string, ...args: string[]) => [process.execPath, '--conditions=production', 'scripts/run.mjs', entry, ...args]

type Launch = { code: number | null; signal: string | null; ms: number; healthy?: boolean; output: string }

/**
 * Runs a command; with `untilHealthy`, stops it (SIGTERM to its group) once /api/health answers.
 * A server so stopped ends by that signal: a success, like exit 0.
 */
function launch(command: string[], untilHealthy = false): Promise<Launch> {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(command[0]!, command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    let healthy = false
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
    const poll = untilHealthy
      ? setInterval(async () => {
          try {
            if (!healthy && (await fetch(`http://localhost:${port}/api/health`)).ok) {
              healthy = true
              resolveTime = performance.now()
              process.kill(-child.pid!, 'SIGTERM')
            }
          } catch {
            // not listening yet
          }
        }, 100)
      : undefined
    let resolveTime: number | undefined
    child.on('exit', (code, signal) => {
      clearInterval(poll)
      resolve({ code, signal, ms: Math.round((resolveTime ?? performance.now()) - started), healthy: untilHealthy ? healthy : undefined, output })
    })
  })
}

type Summary = { runs: number; exitCodes: Record<string, number>; failures: number; p50Ms: number; maxMs: number; failureOutputs: string[] }

function summarize(launches: Launch[], ok: (launch: Launch) => boolean): Summary {
  const exitCodes: Record<string, number> = {}
  for (const { code, signal } of launches) exitCodes[String(code ?? signal)] = (exitCodes[String(code ?? signal)] ?? 0) + 1
  const times = launches.map((run) => run.ms).sort((a, b) => a - b)
  const failed = launches.filter((run) => !ok(run))
  return { runs: launches.length, exitCodes, failures: failed.length, p50Ms: times[Math.floor(times.length / 2)] ?? 0, maxMs: times.at(-1) ?? 0, failureOutputs: failed.slice(0, 3).map((run) => run.output.slice(-1500)) }
}

async function series(name: string, command: string[], untilHealthy: boolean, ok: (launch: Launch) => boolean): Promise<Summary> {
  const launches: Launch[] = []
  for (let i = 0; i < RUNS; i++) {
    const run = await launch(command, untilHealthy)
    launches.push(run)
    if (!ok(run)) console.log(`  ${name} #${i + 1}: exit ${run.code ?? run.signal}${untilHealthy ? `, healthy: ${run.healthy}` : ''}\n${run.output.slice(-800)}`)
    if ((i + 1) % 10 === 0) console.log(`  ${name}: ${i + 1} of ${RUNS}, ${launches.filter((launch) => !ok(launch)).length} failed so far`)
  }
  const summary = summarize(launches, ok)
  console.log(`${name}: ${summary.runs} launches, ${summary.failures} failed, exit codes ${JSON.stringify(summary.exitCodes)}, p50 ${summary.p50Ms} ms, max ${summary.maxMs} ms`)
  return summary
}

const richText = "await import('@payloadcms/richtext-lexical'); console.log('loaded')"
const control = {
  withoutCondition: (await launch([process.execPath, '--input-type=module', '-e', richText])).code,
  withProductionCondition: (await launch([process.execPath, '--conditions=production', '--input-type=module', '-e', richText])).code,
}
console.log(`control: Node importing @payloadcms/richtext-lexical exits ${control.withoutCondition} without the condition, ${control.withProductionCondition} with --conditions=production`)

const document = path.join(dataDir, 'treaty-of-livadia.md')
writeFileSync(document, '# Treaty of Livadia, 1879\n\nThe treaty, never ratified, would have left most of Ili to Russia.\n\n里瓦几亚条约签订于一八七九年，清廷拒绝批准。\n')
const results: Record<string, unknown> = { runs: RUNS, node: process.version, control }
try {
  if (only !== 'start') results.import = await series('npm run import', script('scripts/import.ts', document), false, (run) => run.code === 0)
  if (only !== 'import') results.start = await series('npm start until /api/health', script('scripts/start.ts'), true, (run) => run.healthy === true && (run.code === 0 || run.signal === 'SIGTERM'))
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
mkdirSync('bench/results', { recursive: true })
const resultsFile = `bench/results/launch${only ? `-${only}` : ''}.json`
writeFileSync(resultsFile, JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2) + '\n')
console.log(`wrote ${resultsFile}`)
