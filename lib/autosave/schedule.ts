/**
 * The timing of a background draft save, free of any UI: when to save while
 * someone types, and how saves follow one another.
 */

type Timers = { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void }

const realTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) }

/**
 * Fires `idleMs` after the last change, but never later than `maxWaitMs` after
 * the first change not yet fired for, so that continuous typing is still saved
 * every few seconds.
 */
export function saveTimer({ idleMs, maxWaitMs, fire, timers = realTimers }: { idleMs: number; maxWaitMs: number; fire: () => void; timers?: Timers }) {
  let handle: unknown = null
  let firstChangeAt: number | null = null
  const run = () => {
    handle = null
    firstChangeAt = null
    fire()
  }
  return {
    /** A change happened: (re)start the wait. */
    touch(now = Date.now()) {
      firstChangeAt ??= now
      if (handle !== null) timers.clear(handle)
      handle = timers.set(run, Math.max(0, Math.min(idleMs, firstChangeAt + maxWaitMs - now)))
    },
    cancel() {
      if (handle !== null) timers.clear(handle)
      handle = null
      firstChangeAt = null
    },
  }
}

/**
 * Runs `task` one at a time. A request made while a run is under way does not
 * start a second one: it asks for exactly one more run after the current one,
 * however many requests came in meanwhile. The task reads the newest data when
 * it starts, so what is sent is always the latest, and never two at once.
 */
export function coalescingRunner(task: () => Promise<void>, onIdle: () => void = () => {}) {
  let running = false
  let again = false
  const drain = async () => {
    running = true
    try {
      do {
        again = false
        await task()
      } while (again)
    } finally {
      running = false
      onIdle()
    }
  }
  return {
    request(): Promise<void> | undefined {
      if (running) {
        again = true
        return undefined
      }
      return drain()
    },
    get busy() {
      return running
    },
  }
}
