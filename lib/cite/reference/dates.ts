import { readChineseNumber } from '@/lib/reconcile/chineseNumber'
import { findEraDates } from '@/lib/reconcile/eras'

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** Russian month names in the genitive and nominative ("5 мая 2010", "май 2010"), by their stems. */
const RUSSIAN_MONTHS = ['янв', 'фев', 'мар', 'апр', 'ма[йя]', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек']

const pad = (value: number) => String(value).padStart(2, '0')
const isoOf = (year: number | string, month?: number, day?: number | string) =>
  [String(year), month ? pad(month) : null, month && day ? pad(Number(day)) : null].filter(Boolean).join('-')

const englishMonth = (word: string) => ENGLISH_MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1
const russianMonth = (word: string) => RUSSIAN_MONTHS.findIndex((stem) => new RegExp(`^${stem}`, 'i').test(word)) + 1

/** A year written in Chinese digits one by one (一九八四 → 1984) or as a number (二〇〇九). */
function chineseDigitsYear(written: string): null | number {
  const digits = '〇一二三四五六七八九'
  if (/^[〇零一二三四五六七八九]{4}$/.test(written)) return Number([...written].map((char) => (char === '零' ? 0 : digits.indexOf(char))).join(''))
  return readChineseNumber(written)
}

/**
 * The date a reference gives, as YYYY[-MM[-DD]]: "1994", "September 6, 2016", "6 September 2016",
 * "2016-09-06", "5 мая 2010 г.", "1984年", "一九八四年", "2009年3月", reign eras (光绪十年 → 1884) and
 * Republican years (民国二十三年 → 1934). The first date found; null when none.
 */
export function issuedOf(written: string): null | string {
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(written)
  if (iso?.[1]) return isoOf(iso[1], Number(iso[2]), iso[3])
  const monthDayYear = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s*(\d{4})\b/.exec(written)
  if (monthDayYear?.[1] && englishMonth(monthDayYear[1])) return isoOf(monthDayYear[3] ?? '', englishMonth(monthDayYear[1]), monthDayYear[2])
  const dayMonthYear = /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s+(\d{4})\b/.exec(written)
  if (dayMonthYear?.[2] && englishMonth(dayMonthYear[2])) return isoOf(dayMonthYear[3] ?? '', englishMonth(dayMonthYear[2]), dayMonthYear[1])
  const monthYear = /\b([A-Z][a-z]{2,8})\.?\s+(\d{4})\b/.exec(written)
  if (monthYear?.[1] && ENGLISH_MONTH_WORD.test(monthYear[1])) {
    return isoOf(monthYear[2] ?? '', englishMonth(monthYear[1]))
  }
  const russian = /(\d{1,2})\s+(\p{Script=Cyrillic}{3,})\s+(\d{4})/u.exec(written)
  if (russian?.[2] && russianMonth(russian[2])) return isoOf(russian[3] ?? '', russianMonth(russian[2]), russian[1])
  const chinese = /(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?/.exec(written)
  if (chinese?.[1]) return isoOf(chinese[1], chinese[2] ? Number(chinese[2]) : undefined, chinese[3])
  const republican = /民[国國]([元〇零一二三四五六七八九十\d]{1,3})年/.exec(written)
  if (republican?.[1]) {
    const year = /^\d+$/.test(republican[1]) ? Number(republican[1]) : readChineseNumber(republican[1])
    if (year) return String(1911 + year)
  }
  const [era] = findEraDates(written)
  if (era) return String(era.gregorianGiven ?? era.gregorianComputed)
  const chineseDigits = /([〇零一二三四五六七八九]{4})年/.exec(written)
  const digitsYear = chineseDigits?.[1] ? chineseDigitsYear(chineseDigits[1]) : null
  if (digitsYear) return String(digitsYear)
  return /(?:^|[^\d])(1[0-9]{3}|20[0-9]{2})(?![\d])/.exec(written)?.[1] ?? null
}

const ENGLISH_MONTH_WORD = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/

/** A bare year (1000–2099) standing alone in a piece of text. */
export const YEAR = /(?<![\d])(1[0-9]{3}|20[0-9]{2})(?:[a-z])?(?![\d])/
