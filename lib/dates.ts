/** A date as historians write it: a year, a month or a day, BCE as a negative year. */
export type PartialDate = { year: number; month?: number; day?: number }

const PARTIAL_DATE = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text.trim())
  if (!match) return null
  const year = Number(match[1])
  const month = match[2] ? Number(match[2]) : undefined
  const day = match[3] ? Number(match[3]) : undefined
  if (month !== undefined && (month < 1 || month > 12)) return null
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return null
  return { year, month, day }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year < 100 && year >= 0 ? 2000 + year : year, month, 0)).getUTCDate()
}

/** A number that orders partial dates: an unknown month or day sorts before the known ones. */
export function dateSortKey(date: PartialDate): number {
  return date.year * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0)
}

export type DatePrecision = 'century' | 'day' | 'decade' | 'month' | 'year'

/** The finest precision the written form supports. */
export function precisionOf(date: PartialDate): DatePrecision {
  if (date.day !== undefined) return 'day'
  if (date.month !== undefined) return 'month'
  return 'year'
}

export type DateEnd = { date?: null | string; originalText?: null | string }

/**
 * A date or a span as a reader sees it: the Gregorian date(s) once, and the
 * source's own form beside them only where it says something the Gregorian
 * dates do not (a reign-era year, a month name), not where it merely restates
 * the same years ("1639-1643" beside 1639 – 1643). The original form of a span
 * is given once, for the whole span, when both ends came from the same text.
 */
export function dateRangeParts(start: DateEnd | null | undefined, end: DateEnd | null | undefined) {
  const startDate = start?.date ?? null
  const endDate = end?.date && end.date !== startDate ? end.date : null
  const gregorian = [startDate, endDate].filter((d): d is string => Boolean(d))
  const restates = (text: string) => {
    const digits = text.replace(/[\s\u2010-\u2015~～至到—–-]+/g, '-').replace(/^-|-$/g, '')
    return digits === gregorian.join('-') || digits === startDate || gregorian.includes(digits)
  }
  const originals = [...new Set([start?.originalText, end?.originalText].map((t) => t?.trim()).filter((t): t is string => Boolean(t)))].filter((t) => !restates(t))
  return { start: startDate, end: endDate, original: originals.length ? originals.join(' – ') : null }
}
