const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
]

/** How long ago `since` was, in the largest whole unit ("3 days ago", "3天前"); under a minute, "now". */
export function waitedFor(since: string, now: Date, language: string): string {
  const elapsed = Math.max(0, now.getTime() - new Date(since).getTime())
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  for (const [unit, size] of UNITS) if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit)
  return format.format(0, 'second')
}
