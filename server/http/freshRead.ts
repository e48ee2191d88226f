/**
 * Wraps an asynchronous read so that every caller gets a result read after it
 * asked (never one already under way when it came), while callers share reads
 * as far as that allows: the read starts on the next turn of the event loop,
 * so every request that came in during this turn shares it, and callers that
 * come while it runs share the one after it. Under load one database read
 * then answers a whole batch of requests, even with a driver that reads
 * synchronously.
 */
export function freshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let scheduled: Promise<T> | undefined
  let running: Promise<unknown> = Promise.resolve()

  return () => {
    scheduled ??= running
      .catch(() => undefined)
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => {
        // From here on a newcomer asked after this read began: it waits for the next one.
        scheduled = undefined
        const current = read()
        running = current
        return current
      })
    return scheduled
  }
}
