import { pinyin } from 'pinyin-pro'
import { LunarDay, LunarMonth } from 'tyme4ts'

import { readChineseNumber } from './chineseNumber'

/**
 * Reign eras and the Gregorian year in which each began (its year one, 元年):
 * every Qing era and every Ming era, under simplified and traditional names.
 * The lunar calendar itself (month lengths, leap months, new year) comes from
 * tyme4ts; era years are lunar years counted from the first.
 */
const ERAS: { names: string[]; dynasty: 'Ming' | 'Qing'; start: number }[] = [
  ...(
    [
      [['洪武'], 1368], [['建文'], 1399], [['永乐', '永樂'], 1403], [['洪熙'], 1425], [['宣德'], 1426], [['正统', '正統'], 1436],
      [['景泰'], 1450], [['天顺', '天順'], 1457], [['成化'], 1465], [['弘治'], 1488], [['正德'], 1506], [['嘉靖'], 1522],
      [['隆庆', '隆慶'], 1567], [['万历', '萬曆', '萬歷'], 1573], [['泰昌'], 1620], [['天启', '天啓', '天啟'], 1621], [['崇祯', '崇禎'], 1628],
    ] as const
  ).map(([names, start]) => ({ names: [...names], dynasty: 'Ming' as const, start })),
  ...(
    [
      [['天命'], 1616], [['天聪', '天聰'], 1627], [['崇德'], 1636], [['顺治', '順治'], 1644], [['康熙'], 1662], [['雍正'], 1723],
      [['乾隆'], 1736], [['嘉庆', '嘉慶'], 1796], [['道光'], 1821], [['咸丰', '咸豐'], 1851], [['同治'], 1862], [['光绪', '光緒'], 1875],
      [['宣统', '宣統'], 1909],
    ] as const
  ).map(([names, start]) => ({ names: [...names], dynasty: 'Qing' as const, start })),
]

const ERA_START = new Map(ERAS.flatMap((era) => era.names.map((name) => [name, era.start] as const)))
/** Era names as romanised in English text (Tongzhi, Guangxu, Kangxi …), to the era's first year. */
const ROMANISED_START = new Map(ERAS.map((era) => [pinyin(era.names[0] ?? '', { toneType: 'none', separator: '' }).toLowerCase(), era.start] as const))

/** A reign-era date as written, with the Gregorian years it can fall in and the year the text gives beside it. */
export type EraDate = {
  originalText: string
  era: string
  eraYear: number
  /** Lunar month (1–12) when written; `leapMonth` for a 闰 month. */
  month: null | number
  leapMonth: boolean
  day: null | number
  /** The Gregorian year printed in brackets after the era year, if any. */
  gregorianGiven: null | number
  /** The Gregorian year of the era year (or of its month or day, when written). */
  gregorianComputed: number
  /** Every Gregorian year the date can fall in: a lunar month or year that straddles 1 January has two. */
  gregorianYears: number[]
  /** The Gregorian day (YYYY-MM-DD) when the lunar day is written. */
  gregorianDay: null | string
  /** Offset and length of the whole match (era date and bracketed year) in the text. */
  index: number
  length: number
}

const MONTH_NAMES: Record<string, number> = { 正: 1, 冬: 11, 腊: 12, 臘: 12 }
const ERA_NAMES = [...ERA_START.keys()].join('|')
const NUMERAL = '[元〇零一二三四五六七八九十廿卅]'
const ERA_DATE = new RegExp(
  `(${ERA_NAMES})?(${NUMERAL}{1,3})年(?:\\s*[（(]\\s*(?:公元|西元)?\\s*(\\d{3,4})\\s*年?\\s*[)）])?(?:(閏|闰)?(${NUMERAL}{1,3}|[正冬腊臘])月(?:(初${NUMERAL}|${NUMERAL}{1,3})日?)?)?`,
  'g',
)
const ENGLISH_ERA_DATE = new RegExp(
  `\\b(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+year\\s+of\\s+(?:the\\s+)?(${[...ROMANISED_START.keys()].join('|')})(?:\\s+(?:reign|era|period|emperor))?|(${[...ROMANISED_START.keys()].join('|')})\\s+(\\d{1,2}))\\s*\\(\\s*(\\d{3,4})\\s*\\)`,
  'gi',
)

/** The Gregorian years a lunar year, month or day falls in (tyme4ts does the lunar arithmetic). */
function gregorianOf(lunarYear: number, month: null | number, leap: boolean, day: null | number): null | { years: number[]; day: null | string } {
  try {
    if (month === null) return { years: [lunarYear], day: null }
    const lunarMonth = LunarMonth.fromYm(lunarYear, leap ? -month : month)
    if (day !== null) {
      const solar = LunarDay.fromYmd(lunarYear, leap ? -month : month, day).getSolarDay()
      const iso = `${solar.getYear()}-${String(solar.getMonth()).padStart(2, '0')}-${String(solar.getDay()).padStart(2, '0')}`
      return { years: [solar.getYear()], day: iso }
    }
    const first = lunarMonth.getFirstJulianDay().getSolarDay().getYear()
    const last = lunarMonth.getFirstJulianDay().next(lunarMonth.getDayCount() - 1).getSolarDay().getYear()
    return { years: first === last ? [first] : [first, last], day: null }
  } catch {
    return null // no such month (a leap month the year lacks) or day
  }
}

function eraDate(era: string, start: number, eraYear: number, given: null | number, month: null | number, leap: boolean, day: null | number, index: number, text: string): EraDate | null {
  const gregorian = gregorianOf(start + eraYear - 1, month, leap, day)
  if (!gregorian) return null
  const { years } = gregorian
  return { originalText: text.replace(/\s*[（(].*$/, ''), era, eraYear, month, leapMonth: leap, day, gregorianGiven: given, gregorianComputed: years[0] ?? start, gregorianYears: years, gregorianDay: gregorian.day, index, length: text.length }
}

/**
 * Finds reign-era dates: 同治十一年（1872年）七月, 乾隆二十年九月初三, and in English
 * "the 3rd year of Tongzhi (1864)", "Guangxu 2 (1876)". An era year written
 * without its era name (…至三年（1877年）) takes the era last named, and is
 * taken only with a bracketed Gregorian year (a bare 三年 is a duration).
 */
export function findEraDates(text: string): EraDate[] {
  const dates: EraDate[] = []
  let era: null | string = null
  for (const match of text.includes('年') ? text.matchAll(ERA_DATE) : []) {
    const [whole, named, yearText = '', given, leap, monthText, dayText] = match
    if (!named && (given === undefined || !era)) continue
    era = named ?? era
    const start = era ? ERA_START.get(era) : undefined
    const eraYear = readChineseNumber(yearText)
    if (!era || start === undefined || !eraYear || eraYear > 61) continue
    const month = monthText ? (MONTH_NAMES[monthText] ?? readChineseNumber(monthText)) : null
    const day = dayText ? readChineseNumber(dayText.replace(/^初/, '')) : null
    const date = eraDate(era, start, eraYear, given ? Number(given) : null, month && month <= 12 ? month : null, Boolean(leap), day && day <= 30 ? day : null, match.index, whole)
    if (date) dates.push(date)
  }
  for (const match of text.includes('(') ? text.matchAll(ENGLISH_ERA_DATE) : []) {
    const [whole, ordinal, ordinalEra, plainEra, plainYear, given] = match
    const name = (ordinalEra ?? plainEra ?? '').toLowerCase()
    const start = ROMANISED_START.get(name)
    const eraYear = Number(ordinal ?? plainYear)
    if (start === undefined || !eraYear) continue
    const date = eraDate(ordinalEra ?? plainEra ?? '', start, eraYear, Number(given), null, false, null, match.index, whole)
    if (date) dates.push(date)
  }
  return dates
}

/** Whether the Gregorian year the text gives can be the era date's year (true when the text gives none). */
export const eraDateAgrees = (date: EraDate) => date.gregorianGiven === null || date.gregorianYears.includes(date.gregorianGiven)
