/**
 * `npm test`: every check, in order: type-check, lint, unit, integration,
 * MongoDB integration (skips loudly without a mongod), end-to-end in Chromium.
 * Ends with one line of totals.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

type Step = { name: string; command: string[]; results?: string }

/** Another of our TypeScript entry points, launched the way the npm scripts launch it (see scripts/run.mjs). */
const script = (entry: string) => [process.execPath, '--conditions=production', 'scripts/run.mjs', entry]

mkdirSync('test-results', { recursive: true })
const steps: Step[] = [
  { name: 'type-check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '--max-warnings', '0', '.'] },
  { name: 'unit', command: ['npx', 'vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], results: 'test-results/unit.json' },
  {
    name: 'integration',
    command: ['npx', 'vitest', 'run', '--project', 'integration', '--reporter=default', '--reporter=json', '--outputFile=test-results/integration.json'],
    results: 'test-results/integration.json',
  },
  { name: 'mongodb', command: script('scripts/test-mongo.ts') },
  { name: 'e2e', command: script('scripts/test-e2e.ts'), results: 'test-results/e2e.json' },
]

let passed = 0
let failed = 0
const failedSteps: string[] = []

for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━ ${step.command.join(' ')}`)
  if (step.results) rmSync(step.results, { force: true })
  const run = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  const counts = step.results ? countResults(step.results) : null
  if (counts) {
    passed += counts.passed
    failed += counts.failed
  }
  if (run.status !== 0) {
    failedSteps.push(step.name)
    if (!counts || counts.failed === 0) failed += 1
  }
}

/** Reads vitest's or Playwright's JSON report. */
function countResults(file: string): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests?: number
    numFailedTests?: number
    stats?: { expected: number; unexpected: number; flaky: number }
  }
  if (report.stats) return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected }
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 }
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failedSteps.length ? 1 : 0)
