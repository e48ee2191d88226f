import { CHINESE_NUMERAL, readChineseNumber } from './chineseNumber'
import type { Language } from './types'

/** What a figure counts: people (by role), an area or a distance. */
export type QuantityNoun = 'troops' | 'casualties' | 'people' | 'population' | 'area' | 'distance'

/**
 * A figure with its unit, normalised: people as a head count, areas in km²,
 * distances in km. `decimals` counts the digits written after the point of a
 * head count (654.38 million → 2); `approximate` marks 多/余/more than/about.
 */
export type Quantity = { noun: QuantityNoun; value: number; approximate: boolean; decimals: number; multiplier: number; start: number; end: number }

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, 'ten thousand': 1e4, 'hundred thousand': 1e5, million: 1e6, 'hundred million': 1e8, billion: 1e9 }
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100, a: 1 }

const ENGLISH_NOUNS: [RegExp, QuantityNoun][] = [
  [/^(?:troops|soldiers|men|cavalry|cavalrymen|horsemen|infantry|infantrymen|gunners|officers|warriors|fighters|rebels|Cossacks|sailors|bannermen|militia)$/i, 'troops'],
  [/^(?:casualties|dead|killed|wounded|deaths|prisoners|victims)$/i, 'casualties'],
  [/^(?:people|persons|civilians|refugees|families)$/i, 'people'],
  [/^(?:inhabitants|residents|population)$/i, 'population'],
]
const AREA = /^(?:square\s+(?:kilomet(?:er|re)s?|km|miles?|mi)|sq\.?\s*(?:km|mi(?:les?)?)|km²|km2)/i
const DISTANCE = /^(?:kilomet(?:er|re)s?|km|miles?|li)\b/i
const APPROXIMATE_BEFORE = /(?:more than|over|about|around|nearly|almost|some|approximately|c\.|up to|at least)\s+$/i

const ENGLISH_FIGURE = new RegExp(
  String.raw`(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?:\s+(ten thousand|hundred thousand|hundred million|thousand|million|billion))?(?![\w,]|\.\d)`,
  'gi',
)

/** Kilometres (or km²) per written unit: a translation may give miles where the original gives 里. */
const KM_PER_MILE = 1.609344
const KM_PER_LI = 0.5

function englishNoun(after: string): { noun: QuantityNoun; length: number; factor: number } | null {
  const area = AREA.exec(after)
  if (area) return { noun: 'area', length: area[0].length, factor: /\b(?:miles?|mi)\b/i.test(area[0]) ? KM_PER_MILE ** 2 : 1 }
  const distance = DISTANCE.exec(after)
  if (distance) return { noun: 'distance', length: distance[0].length, factor: /^mi/i.test(distance[0]) ? KM_PER_MILE : /^li$/i.test(distance[0]) ? KM_PER_LI : 1 }
  // The counted noun may follow a few qualifiers: "4,000 Russian Cossack cavalry", "600 officers and men".
  const words = [...after.matchAll(/[\p{L}-]+|[^\s\p{L}]/gu)].slice(0, 4)
  for (const word of words) {
    if (/^[^\p{L}]/u.test(word[0])) return null
    const noun = ENGLISH_NOUNS.find(([pattern]) => pattern.test(word[0]))?.[1]
    if (noun) return { noun, length: (word.index ?? 0) + word[0].length, factor: 1 }
    if (/^(?:of|in|on|at|to|and|from|years?|days?|months?)$/i.test(word[0]) && word !== words[0]) return null
  }
  return null
}

function englishQuantities(text: string): Quantity[] {
  const found: Quantity[] = []
  for (const match of text.matchAll(ENGLISH_FIGURE)) {
    const [whole, figure = '', multiplierWord] = match
    const start = match.index ?? 0
    const isWord = /^[a-z]+$/i.test(figure)
    if (isWord && !multiplierWord) continue
    // "in 1864 people …": a year, not a count.
    if (!multiplierWord && /^(?:1\d{3}|20\d{2})$/.test(figure) && /\b(?:in|since|until|by|from|year)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue
    const rest = text.slice(start + whole.length)
    const gap = /^\s+(?:of\s+)?/.exec(rest)?.[0] ?? ''
    const noun = englishNoun(rest.slice(gap.length))
    if (!noun) continue
    const base = isWord ? (NUMBER_WORDS[figure.toLowerCase()] ?? 0) : Number(figure.replace(/,/g, ''))
    const multiplier = multiplierWord ? (MULTIPLIERS[multiplierWord.toLowerCase()] ?? 1) : 1
    const decimals = /\.(\d+)$/.exec(figure)?.[1]?.length ?? 0
    found.push({
      noun: noun.noun,
      value: Math.round(base * multiplier * noun.factor * 1000) / 1000,
      approximate: APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 20), start)),
      decimals,
      multiplier,
      start,
      end: start + whole.length + gap.length + noun.length,
    })
  }
  return found
}

const CHINESE_UNITS: [string, QuantityNoun, number][] = [
  ['平方公里', 'area', 1], ['平方千米', 'area', 1], ['平方里', 'area', KM_PER_LI ** 2], ['公里', 'distance', 1], ['千米', 'distance', 1], ['华里', 'distance', KM_PER_LI], ['里', 'distance', KM_PER_LI],
  ['伤亡', 'casualties', 1], ['傷亡', 'casualties', 1], ['骑兵', 'troops', 1], ['騎兵', 'troops', 1], ['士兵', 'troops', 1], ['官兵', 'troops', 1], ['兵', 'troops', 1], ['骑', 'troops', 1], ['騎', 'troops', 1],
  ['军', 'troops', 1], ['軍', 'troops', 1], ['人口', 'population', 1], ['户', 'people', 1], ['人', 'people', 1], ['名', 'people', 1],
]
const CHINESE_FIGURE = new RegExp(`((?:\\d[\\d,.]*|[${CHINESE_NUMERAL}])+)\\s*(多|余|餘|几|幾)?\\s*(万|萬|亿|億)?(多|余|餘)?\\s*(?:名)?(${CHINESE_UNITS.map(([unit]) => unit).join('|')})`, 'g')

function chineseQuantities(text: string): Quantity[] {
  const found: Quantity[] = []
  for (const match of text.matchAll(CHINESE_FIGURE)) {
    const [whole, figure = '', approxBefore, bigUnit, approxAfter, unit = ''] = match
    // 一人 / 二人 alone are "one person", "the two of them": counts only from ten up.
    const value = readChineseNumber(`${figure}${bigUnit ?? ''}`)
    if (value === null || value < 10) continue
    const [, noun, factor] = CHINESE_UNITS.find(([candidate]) => candidate === unit) ?? ['', 'people', 1]
    const start = match.index ?? 0
    const approximate = Boolean(approxBefore ?? approxAfter) || /[约約近逾]$/.test(text.slice(0, start))
    const multiplier = /[亿億]/.test(whole) ? 1e8 : /[万萬]/.test(whole) ? 1e4 : 1
    found.push({ noun, value: value * factor, approximate, decimals: 0, multiplier, start, end: start + whole.length })
  }
  return found
}

/** Head counts, areas and distances written in a text, with their offsets. */
export const findQuantities = (text: string, language: Language): Quantity[] => (language === 'zh' ? chineseQuantities(text) : englishQuantities(text))
