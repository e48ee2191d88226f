import type { HeadingDates } from '@/lib/corpus/tree'

const DASH = '[-–—~至]'
/** "1652–1689: …", "1658 : …" */
const LEADING_RANGE = new RegExp(`^(\\d{3,4})年?(?:\\s*${DASH}\\s*(\\d{2,4})年?)?\\s*[:：]`)
/** "Albazin (1685–1686)", "伊犁之战（1871年—1881年）" */
const TRAILING_RANGE = new RegExp(`[(（]\\s*(\\d{3,4})年?(?:\\s*${DASH}\\s*(\\d{2,4})年?)?\\s*[)）]\\s*$`)

/** An abbreviated end year takes its century from the start: 1685–86 → 1686. */
function endYear(start: number, written: string | undefined): number {
  if (!written) return start
  const year = Number(written)
  // Stryker disable next-line EqualityOperator,ConditionalExpression: an end year as long as the start gets the same century from the arithmetic below
  if (written.length >= start.toString().length) return year
  const base = 10 ** written.length
  return Math.floor(start / base) * base + year
}

/** The year range a heading is dated with, or null when it carries none. */
export function parseHeadingDates(text: string): HeadingDates | null {
  const match = LEADING_RANGE.exec(text) ?? TRAILING_RANGE.exec(text)
  if (!match?.[1]) return null
  const start = Number(match[1])
  const end = endYear(start, match[2])
  if (end < start) return null
  return {
    start: { year: start },
    end: { year: end },
    originalText: match[0].replace(/^[(（\s]+|[)）:：\s]+$/g, ''),
  }
}
