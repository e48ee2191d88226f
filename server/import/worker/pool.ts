import { existsSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { ImportInputError } from '@/lib/corpus/parse'
import { outcomeError, type PlanJob, type PlanOutcome, type PlanResult } from '@/lib/corpus/pipeline'

/** The bundled worker (server/import/worker/build.ts writes it). */
export const PARSE_WORKER_FILE = path.join(process.cwd(), 'dist', 'workers', 'parse.mjs')

/**
 * The parse limits bound the work any document can cause; this is the last
 * guard, for a parser fault the limits did not foresee. Generous, because a
 * 2 MB document on a busy two-core machine takes tens of seconds.
 */
export const PARSE_TIMEOUT_MS = 120_000

/** Workers kept waiting for the next document (more are started while imports overlap). */
const MAX_IDLE = 1
const idle: Worker[] = []

function startWorker(): Worker {
  if (!existsSync(PARSE_WORKER_FILE)) {
    throw new Error(`The parse worker ${PARSE_WORKER_FILE} is missing: run \`npm run build\` (or \`npm start\`) to make it.`)
  }
  // A hostile document can at worst exhaust this thread's own heap and stack, never the server's.
  return new Worker(PARSE_WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: 1536, stackSizeMb: 8 } })
}

function release(worker: Worker): void {
  if (idle.length < MAX_IDLE) {
    worker.unref()
    idle.push(worker)
  } else void worker.terminate()
}

/**
 * Parses and plans a document on a worker thread, so the thread that serves
 * requests stays free however long the parse takes. Rejects with the
 * parser's ImportInputError for bad input, and with a 'too-slow' one when the
 * parse outlives PARSE_TIMEOUT_MS (the worker is then stopped).
 */
export function planInWorker(job: PlanJob, timeoutMs = PARSE_TIMEOUT_MS): Promise<PlanResult> {
  const worker = idle.pop() ?? startWorker()
  worker.ref()
  return new Promise<PlanResult>((resolve, reject) => {
    const onMessage = (outcome: PlanOutcome) =>
      settle(() => {
        release(worker)
        if (outcome.ok) resolve(outcome.result)
        else reject(outcomeError(outcome))
      })
    const onError = (error: Error) => settle(() => reject(new Error(`The parser stopped on "${job.fileName}": ${error.message}`)))
    const onExit = (code: number) => settle(() => reject(new Error(`The parser stopped on "${job.fileName}" (exit code ${code}).`)))
    const timer = setTimeout(() => {
      settle(() => reject(new ImportInputError('too-slow', `"${job.fileName}" took more than ${timeoutMs / 1000} s to parse; the parse time limit is ${timeoutMs / 1000} s.`)))
      void worker.terminate()
    }, timeoutMs)
    // Only this job's listeners are removed: the Worker keeps internal ones of its own.
    function settle(outcome: () => void) {
      clearTimeout(timer)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      outcome()
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    worker.postMessage(job)
  })
}
