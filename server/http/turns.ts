import type { IncomingMessage } from 'node:http'

/**
 * Who a request is for: an editor (signed in, or writing) or a reader. An
 * editor's requests go first; each class keeps its order.
 */
export type Priority = 'editor' | 'reader'

/** Payload's session cookie. */
const sessionCookie = /(?:^|;)\s*payload-token=/

/** Whether the request comes from a signed-in user: the session cookie or an Authorization header. */
export const hasSession = (req: IncomingMessage): boolean => sessionCookie.test(req.headers.cookie ?? '') || req.headers.authorization !== undefined

export function requestPriority(req: IncomingMessage): Priority {
  return hasSession(req) || (req.method !== 'GET' && req.method !== 'HEAD') ? 'editor' : 'reader'
}

/** How long one turn of the event loop may run queued requests before the server looks at its sockets again. */
export const TURN_BUDGET_MS = 2

/**
 * The server's one thread takes a new connection, and reads the requests that
 * have come in, only between turns of its event loop, and it takes one new
 * connection per turn (libuv accepts one at a time: libuv/libuv#3696). Run
 * directly, a turn under load answers every reader whose request is waiting
 * (100 readers at ~1 ms each: 100 ms), so a new connection waits that long
 * for each connection ahead of it, and an editor's save waits behind every
 * reader of the turn.
 *
 * So requests are queued here as they are read and run a few at a time: each
 * turn runs queued work for at most `budgetMs` (a task is never cut short),
 * then yields, so the loop keeps taking connections and reading requests,
 * and editors' requests run before any reader's still waiting.
 */
export function turnQueue({ budgetMs = TURN_BUDGET_MS }: { budgetMs?: number } = {}) {
  const waiting: Record<Priority, (() => void)[]> = { editor: [], reader: [] }
  let scheduled = false

  function runSome() {
    scheduled = false
    const started = performance.now()
    for (;;) {
      const task = waiting.editor.shift() ?? waiting.reader.shift()
      if (!task) return
      try {
        task()
      } catch (error) {
        console.error(error)
      }
      if (performance.now() - started >= budgetMs) break
    }
    if (waiting.editor.length || waiting.reader.length) schedule()
  }

  function schedule() {
    if (scheduled) return
    scheduled = true
    // A turn's check phase: after the poll phase has taken a connection and read what arrived.
    setImmediate(runSome)
  }

  return {
    /** Queues `task` (synchronous work; it starts its own asynchronous work as it likes). */
    run(priority: Priority, task: () => void): void {
      waiting[priority].push(task)
      schedule()
    },
    /** Tasks waiting, per class. */
    get waiting(): Record<Priority, number> {
      return { editor: waiting.editor.length, reader: waiting.reader.length }
    },
  }
}

export type TurnQueue = ReturnType<typeof turnQueue>
