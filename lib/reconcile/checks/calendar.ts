import { eraDateAgrees, findEraDates } from '@/lib/reconcile/eras'
import type { Hit } from '@/lib/reconcile/types'
import { isProse, perSegment } from './context'

/** A reign-era date whose Gregorian year, given beside it, is not a year the era date can fall in. */
export const checkCalendar = perSegment((segment): Hit[] => {
  if (!isProse(segment)) return []
  return findEraDates(segment.masked).flatMap((date) => {
    if (eraDateAgrees(date) || date.gregorianGiven === null) return []
    const given = String(date.gregorianGiven)
    const start = date.index + Math.max(0, segment.masked.slice(date.index, date.index + date.length).indexOf(given))
    const expected = date.gregorianYears.join('/')
    const single = date.gregorianYears.length === 1 ? String(date.gregorianYears[0]) : undefined
    return [
      {
        kind: 'era-mismatch' as const,
        severity: 'high' as const,
        start,
        end: start + given.length,
        message: { en: `${date.originalText} falls in ${expected}, but the text gives ${given}.`, zh: `${date.originalText}应为公元 ${expected} 年，文中却写作 ${given} 年。` },
        ...(single ? { suggestion: single } : {}),
      },
    ]
  })
})
