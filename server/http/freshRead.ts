/**
 * Wraps an asynchronous read so that every caller gets a result read after it
 * asked (never one already under way when it came), while callers that arrive
 * together share one read: at most one in flight, and one queued behind it.
 * Under load a single database read then answers a whole batch of requests.
 */
export function freshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined
  let queued: Promise<T> | undefined

  const start = () => {
    const current = read()
    running = current
    const settle = () => {
      if (running === current) running = undefined
    }
    current.then(settle, settle)
    return current
  }

  return () => {
    if (!running) return start()
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined
        return start()
      })
    return queued
  }
}
