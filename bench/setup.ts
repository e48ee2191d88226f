/**
 * bench/setup: from a fresh clone of this repository, the wall time and peak
 * memory (whole process tree) of `npm ci`, of the production build, and of the
 * first start until /api/health answers. Prints them and writes
 * bench/results/setup.json.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { mib, watchPeak } from './processTree'

type Phase = { name: string; seconds: number; peakMiB: number }

const repo = process.cwd()
const clone = mkdtempSync(path.join(tmpdir(), 'annals-setup-'))
const port = Number(process.env.BENCH_PORT ?? 3390)
const phases: Phase[] = []

/** Runs a command to completion, or until `doneWhen` says it has reached its goal (then stops it). */
function measure(name: string, command: string[], options: { doneWhen?: (output: string) => Promise<boolean> | boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command[0]!, command.slice(1), {
      cwd: clone,
      env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', DATA_DIR: path.join(clone, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    const peak = watchPeak(child.pid!)
    let output = ''
    const finish = (error?: Error) => {
      clearInterval(poll)
      phases.push({ name, seconds: Math.round((performance.now() - started) / 100) / 10, peakMiB: mib(peak.stop()) })
      if (error) reject(error)
      else resolve()
    }
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const poll = setInterval(async () => {
      if (options.doneWhen && (await options.doneWhen(output))) {
        finish()
        process.kill(-child.pid!, 'SIGTERM')
      }
    }, 250)
    child.on('exit', (code) => {
      if (options.doneWhen) {
        if (code !== null && code !== 0) finish(new Error(`${name} exited with ${code}:\n${output.slice(-3000)}`))
        return
      }
      finish(code === 0 ? undefined : new Error(`${name} exited with ${code}:\n${output.slice(-3000)}`))
    })
  })
}

const healthy = async () => {
  try {
    return (await fetch(`http://localhost:${port}/api/health`)).ok
  } catch {
    return false
  }
}

try {
  await measure('clone', ['git', 'clone', '--quiet', repo, clone])
  await measure('install (npm ci)', ['npm', 'ci', '--no-audit', '--no-fund'])
  await measure('build (npm run build)', ['npm', 'run', 'build'])
  await measure('first start until /api/health answers', ['npm', 'start'], { doneWhen: healthy })
} finally {
  rmSync(clone, { recursive: true, force: true })
}

console.log('\nbench/setup — fresh clone on this machine')
for (const phase of phases) console.log(`  ${phase.name.padEnd(48)} ${String(phase.seconds).padStart(7)} s   peak ${String(phase.peakMiB).padStart(5)} MiB`)
const total = phases.reduce((sum, phase) => sum + phase.seconds, 0)
console.log(`  ${'total'.padEnd(48)} ${total.toFixed(1).padStart(7)} s`)
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/setup.json', JSON.stringify({ date: new Date().toISOString(), phases, totalSeconds: total }, null, 2) + '\n')
console.log('written bench/results/setup.json')
