/** First Gregorian year of each Qing reign era (year one, 元年), in both scripts. */
const ERA_START: Record<string, number> = {
  顺治: 1644, 順治: 1644, 康熙: 1662, 雍正: 1723, 乾隆: 1736, 嘉庆: 1796, 嘉慶: 1796, 道光: 1821,
  咸丰: 1851, 咸豐: 1851, 同治: 1862, 光绪: 1875, 光緒: 1875, 宣统: 1909, 宣統: 1909,
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 元 → 1, 十一 → 11, 二十三 → 23, 廿五 → 25. */
export function chineseYearNumber(written: string): null | number {
  if (written === '元') return 1
  const text = written.replace(/^廿/, '二十')
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text)
  if (!match || !text) return null
  const tens = match[2] ? (match[1] ? (DIGITS[match[1]] ?? 0) : 1) : 0
  const units = match[2] ? (match[3] ? (DIGITS[match[3]] ?? 0) : 0) : match[1] ? (DIGITS[match[1]] ?? 0) : 0
  return tens * 10 + units || null
}

/** A reign-era year as written, beside the Gregorian year the text gives for it. */
export type EraDate = {
  originalText: string
  era: string
  eraYear: number
  /** The Gregorian year printed in brackets after the era year. */
  gregorianGiven: number
  /** The Gregorian year the era year corresponds to (year one is the era's first year). */
  gregorianComputed: number
  /** Offset of the era date in the text it was found in. */
  index: number
}

const ERA_DATE = new RegExp(`(${Object.keys(ERA_START).join('|')})?([元一二三四五六七八九十廿]{1,3})年\\s*[（(]\\s*(\\d{3,4})\\s*年?\\s*[)）]`, 'g')

/**
 * Finds era dates with a bracketed Gregorian year: 同治十一年（1872年）. An era
 * year written without its era name (…至三年（1877年）) takes the era last named.
 */
export function findEraDates(text: string): EraDate[] {
  const dates: EraDate[] = []
  let era: null | string = null
  for (const match of text.matchAll(ERA_DATE)) {
    era = match[1] ?? era
    const eraYear = chineseYearNumber(match[2] ?? '')
    const start = era ? ERA_START[era] : undefined
    if (!era || !eraYear || start === undefined) continue
    const originalText = match[0].replace(/\s*[（(].*$/, '')
    dates.push({ originalText, era, eraYear, gregorianGiven: Number(match[3]), gregorianComputed: start + eraYear - 1, index: match.index })
  }
  return dates
}
