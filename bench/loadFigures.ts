import autocannon from 'autocannon'

/** The q-quantile of ascending `sorted` values, rounded to a millisecond. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!)
}

export type RouteFigures = { requests: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; maxMs: number; errors: number }

/**
 * Readers on one URL: `connections` clients each requesting again as soon as
 * the last answer arrived, for `seconds`. A request unanswered after 10 s, a
 * failed connection and any non-2xx answer count as errors.
 */
export async function readers(url: string, connections: number, seconds: number): Promise<RouteFigures> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10 })
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.non2xx,
  }
}
