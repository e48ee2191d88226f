import { findQuantities } from '@/lib/reconcile/quantities'
import type { Hit } from '@/lib/reconcile/types'
import { isProse, MONTH, perSegment, type CheckContext, type CheckedSegment } from './context'

const inRange = (year: number, context: CheckContext) => context.years.some((known) => Math.abs(known - year) <= 30)

const broken = (start: number, text: string, en: string, zh: string, suggestion?: string, severity: Hit['severity'] = 'high'): Hit => ({
  kind: 'broken-date',
  severity,
  start,
  end: start + text.length,
  message: { en, zh },
  ...(suggestion ? { suggestion } : {}),
})

/** English dates that a translation split, glued or left in Chinese order. */
function englishDateHits(segment: CheckedSegment, context: CheckContext): Hit[] {
  const text = segment.masked
  const hits: Hit[] = []
  const taken: [number, number][] = []
  const add = (hit: Hit | null) => {
    if (!hit || taken.some(([start, end]) => hit.start < end && start < hit.end)) return
    taken.push([hit.start, hit.end])
    hits.push(hit)
  }
  const each = (pattern: RegExp, make: (match: RegExpMatchArray, start: number) => Hit | null) => {
    for (const match of text.matchAll(pattern)) add(make(match, match.index ?? 0))
  }

  // "1July, 864 16": the year's first digit glued before the month, the rest and the day after it.
  each(new RegExp(`(?<!\\d)(\\d)(${MONTH}),? (\\d{3}) (\\d{1,2})(?!\\d)`, 'g'), (match, start) => {
    const [whole, head, month, tail, day] = match
    const year = Number(`${head}${tail}`)
    if (!inRange(year, context) || Number(day) > 31) return null
    return broken(start, whole, `A date broken by the translation: read as ${month} ${Number(day)}, ${year}.`, `译文拆散了日期：应为 ${year} 年 ${month} ${Number(day)} 日。`, `${month} ${Number(day)}, ${year}`)
  })
  // "1February 864": a year broken across the month name.
  each(new RegExp(`(?<!\\d)(\\d)(${MONTH}),? (\\d{3})(?!\\d)`, 'g'), (match, start) => {
    const [whole, head, month, tail] = match
    const year = Number(`${head}${tail}`)
    if (!inRange(year, context)) return null
    return broken(start, whole, `A year broken across the month name: read as ${month} ${year}.`, `年份被月份名拆开：应为 ${year} 年 ${month}。`, `${month} ${year}`)
  })
  // "12March": a number glued to a month name.
  each(new RegExp(`(?<!\\d)(\\d{1,4})(${MONTH})\\b`, 'g'), (match, start) =>
    broken(start, match[0], 'A number glued to a month name.', '数字与月份名粘连。', undefined, 'medium'),
  )
  // "May 1 1": a day with a space inside.
  each(new RegExp(`\\b(${MONTH}) ([1-3]) (\\d)(?!\\d|[.,]\\d)`, 'g'), (match, start) => {
    const [whole, month, tens, units] = match
    const day = Number(`${tens}${units}`)
    if (day > 31) return null
    return broken(start, whole, `A day with a space inside: read as ${month} ${day}.`, `日期中间多了空格：应为 ${month} ${day} 日。`, `${month} ${day}`)
  })
  // "188 1", "1 864": a year with a space inside, where the joined year belongs to the text's period.
  each(/(?<![\d,.])(1\d{2}) (\d)(?!\d|[.,]\d)|(?<![\d,.])(1) (\d{3})(?!\d|[.,]\d)/g, (match, start) => {
    const year = Number(`${match[1] ?? match[3]}${match[2] ?? match[4]}`)
    if (!inRange(year, context)) return null
    return broken(start, match[0], `A year with a space inside: read as ${year}.`, `年份中间多了空格：应为 ${year}。`, String(year))
  })
  // "10 year 10", "3 month 5 day": Chinese 年/月/日 order translated word for word.
  each(/\b\d{1,4} (?:year|month) \d{1,2}(?: (?:month|day))?\b/g, (match, start) => ({
    kind: 'date-order-fragment',
    severity: 'high',
    start,
    end: start + match[0].length,
    message: { en: 'A fragment of a Chinese date (年/月/日) translated word for word.', zh: '逐字直译的中文日期片段（年/月/日）。' },
  }))
  // "1862 In March": a year left in front of the phrase it belongs to.
  each(new RegExp(`(?<![\\d,.–-])(\\d{4})(?:[-–](\\d{4}))? (?:(In) (${MONTH})\\b|(?:In|On|At|The|During|From)\\b)`, 'g'), (match, start) => {
    const [whole, year, , preposition, month] = match
    const suggestion = preposition && month ? `In ${month} ${year}` : undefined
    return {
      kind: 'date-order-fragment',
      severity: 'medium',
      start,
      end: start + whole.length,
      message: { en: 'A year left in Chinese word order, in front of the phrase it dates.', zh: '年份保留了中文语序，放在所修饰的短语之前。' },
      ...(suggestion ? { suggestion } : {}),
    }
  })
  // "1860, British forces …": a sentence opening with a bare year and a comma (年，).
  if (segment.kind === undefined || segment.kind === 'paragraph') {
    each(/(?:^|(?<=[.!?]\s+))(1\d{3}|20\d{2}), (?=\p{L})/gu, (match, start) => ({
      kind: 'date-order-fragment',
      severity: 'low',
      start,
      end: start + match[0].length - 2,
      message: { en: `A sentence opening on a bare year (Chinese "${match[1]}年，"): write "In ${match[1]}".`, zh: `句首只有年份（中文“${match[1]}年，”的直译），应写作 “In ${match[1]}”。` },
      suggestion: `In ${match[1]}`,
    }))
  }
  return hits
}

/** A year standing far from every other year the document mentions: a typo or a conversion slip. */
function outOfRangeHits(segment: CheckedSegment, context: CheckContext): Hit[] {
  const distinct = context.years
  if (distinct.length < 4) return []
  const hits: Hit[] = []
  const pattern = context.language === 'zh' ? /(?<![\d,.])(1\d{3}|20\d{2})(?=\s*年)/g : /(?<=\b(?:in|In|of|since|until|Until|by|from|year|to)\s)(1\d{3}|20\d{2})(?![\d,]|\.\d)/g
  const counts = findQuantities(segment.masked, context.language)
  for (const match of segment.masked.matchAll(pattern)) {
    const year = Number(match[1])
    // "an army of 1500 men" counts people; it dates nothing.
    if (counts.some((count) => count.start <= (match.index ?? 0) && (match.index ?? 0) < count.end)) continue
    const nearest = Math.min(...distinct.filter((other) => other !== year).map((other) => Math.abs(other - year)))
    if (nearest <= 75) continue
    const start = match.index ?? 0
    hits.push({
      kind: 'year-out-of-range',
      severity: 'low',
      start,
      end: start + match[0].length,
      message: { en: `${year} lies more than 75 years from every other year in this text.`, zh: `${year} 年与本文其他年份相距都在 75 年以上。` },
    })
  }
  return hits
}

export const checkDates = perSegment((segment, context) => {
  if (!isProse(segment)) return []
  return [...(context.language === 'en' ? englishDateHits(segment, context) : []), ...outOfRangeHits(segment, context)]
})
