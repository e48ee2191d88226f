import type { Payload } from 'payload'

import { inTransaction } from '@/server/transaction'
import { reanchorAnnotations } from './reanchor'
import { readTargetText, type TargetRef } from './targetText'

/**
 * Re-anchoring an article's annotations after a save changed the text they
 * are on, off the save's request: the save answers first, and the annotations
 * move a moment later, here in the same process. Nothing the editor sees on
 * their screen after the save depends on it (the annotation panel reads the
 * positions when it is opened, and anchors again then).
 *
 * One job per article and locale: a job waiting is replaced by the next save's
 * (only the latest text counts), and a job anchors against the draft as stored
 * when it runs, so running it twice, or late, gives the same result. It waits
 * until the save's transaction has ended (an import, a decision that corrects
 * the text), and runs in a transaction of its own: all of one text's
 * annotations move together. Jobs run one at a time.
 */
type Job = { payload: Payload; target: TargetRef; savedText: string; transactionID: unknown }

const waiting = new Map<string, Job>()
let running: Promise<void> | null = null

const keyOf = (target: TargetRef) => `${target.id}\u0000${target.locale ?? ''}`
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** While the transaction the save ran in is open (the adapters keep their open ones in `sessions`). */
async function transactionEnded(payload: Payload, transactionID: unknown): Promise<void> {
  const sessions = (payload.db as { sessions?: Record<string, unknown> }).sessions
  while (typeof transactionID === 'string' && sessions?.[transactionID]) await pause(10)
}

async function run({ payload, target, savedText, transactionID }: Job): Promise<void> {
  await transactionEnded(payload, transactionID)
  await inTransaction(payload, async (req) => {
    let text = await readTargetText(req, target, { system: true })
    // A commit still on its way (MongoDB's ends after its session is released): the saved text shows in a moment.
    for (let tries = 0; text && text.text !== savedText && tries < 5; tries++) {
      await pause(20)
      text = await readTargetText(req, target, { system: true })
    }
    if (text) await reanchorAnnotations(req, target, text)
  })
}

async function drain(): Promise<void> {
  // After the save's response is under way.
  await new Promise((resolve) => setImmediate(resolve))
  for (const [key, job] of waiting) {
    waiting.delete(key)
    try {
      await run(job)
    } catch (error) {
      job.payload.logger.error({ err: error, msg: `Re-anchoring the annotations on article ${job.target.id} (${job.target.locale}) failed; they are anchored again at its next save or when opened.` })
    }
  }
}

function start(): void {
  if (running) return
  running = drain().finally(() => {
    running = null
    if (waiting.size) start()
  })
}

/** Queues re-anchoring the annotations on `target` (an article's locale) to `savedText`, the text just saved. */
export function queueArticleReanchor(payload: Payload, target: TargetRef, savedText: string, transactionID: unknown): void {
  waiting.set(keyOf(target), { payload, target, savedText, transactionID })
  start()
}

/** Resolves once every queued re-anchoring has run (tests, and a server shutting down). */
export async function reanchoringSettled(): Promise<void> {
  while (running) await running
}
