/**
 * The parse worker's entry: bundled by esbuild into dist/workers/parse.mjs
 * (see build.ts), so it runs under plain Node in every context — the
 * production server, the CLI, tests — without the app's bundler or tsx.
 */
import { parentPort } from 'node:worker_threads'

import { planOutcome, type PlanJob } from '@/lib/corpus/pipeline'

parentPort?.on('message', (job: PlanJob) => parentPort?.postMessage(planOutcome(job)))
