import { findQuantities, type Quantity, type QuantityNoun } from '@/lib/reconcile/quantities'
import type { Hit } from '@/lib/reconcile/types'
import { isProse, perSegment } from './context'

/**
 * The largest credible figure for each noun before a given year: armies of
 * the pre-modern frontier never reached millions, no polity's population
 * passed half a billion before 1900, and no territory or road exceeds the
 * Earth's own scale.
 */
function ceilingOf(noun: QuantityNoun, year: number): number {
  switch (noun) {
    case 'troops':
      return year < 1800 ? 1e6 : year < 1914 ? 2e6 : 2e7
    case 'casualties':
      return year < 1914 ? 5e7 : 1e8
    case 'people':
    case 'population':
      return year < 1900 ? 5e8 : year < 1950 ? 2.5e9 : 1e10
    case 'area':
      return 4e7
    case 'distance':
      return 4.1e4
  }
}

const NOUN_LABEL: Record<QuantityNoun, { en: string; zh: string }> = {
  troops: { en: 'troops', zh: '兵力' },
  casualties: { en: 'casualties', zh: '伤亡' },
  people: { en: 'people', zh: '人数' },
  population: { en: 'population', zh: '人口' },
  area: { en: 'area', zh: '面积' },
  distance: { en: 'distance', zh: '距离' },
}

const HEADCOUNT: QuantityNoun[] = ['troops', 'casualties', 'people', 'population']
const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 })

function hitsOf(quantity: Quantity, year: number): Hit[] {
  const hits: Hit[] = []
  const range = { start: quantity.start, end: quantity.end }
  const label = NOUN_LABEL[quantity.noun]
  if (quantity.value > ceilingOf(quantity.noun, year)) {
    hits.push({
      kind: 'implausible-magnitude',
      severity: 'high',
      ...range,
      message: {
        en: `${format(quantity.value)} is out of scale for ${label.en} around ${year}: probably a 万/亿 conversion error.`,
        zh: `${format(quantity.value)} 作为 ${year} 年前后的${label.zh}数量级不合理，可能是万/亿换算错误。`,
      },
    })
  }
  // Whole people only: "3.5 soldiers", "654.38 million people" (6543.8万 read digit by digit).
  const headcount = HEADCOUNT.includes(quantity.noun)
  if (headcount && (quantity.multiplier === 1 ? quantity.decimals > 0 : quantity.decimals >= 2)) {
    hits.push({
      kind: 'headcount-decimals',
      severity: 'medium',
      ...range,
      message: { en: 'A head count with decimals: people come whole, so the figure was mis-converted.', zh: '人数带有小数：人数应为整数，数字换算有误。' },
    })
  }
  return hits
}

/** English figures that keep the shape of 万 and 亿: "10 thousand", "5 ten thousand", "3 hundred million". */
function conversionTraceHits(text: string): Hit[] {
  return [...text.matchAll(/(?<![\d,.])(\d{2,3}|\d+(?:\.\d+)?(?= (?:ten thousand|hundred million)))\s+(thousand|ten thousand|hundred million)\b/g)].map((match) => {
    const value = Number(match[1]) * (match[2] === 'thousand' ? 1e3 : match[2] === 'ten thousand' ? 1e4 : 1e8)
    const start = match.index ?? 0
    return {
      kind: 'conversion-trace' as const,
      severity: 'low' as const,
      start,
      end: start + match[0].length,
      message: { en: `A figure in the shape of 万/亿; write it as ${format(value)}.`, zh: `数字保留了万/亿的形式，应写作 ${format(value)}。` },
      suggestion: format(value),
    }
  })
}

export const checkMagnitudes = perSegment((segment, context) => {
  if (!isProse(segment)) return []
  const year = context.periodYear
  return [
    ...findQuantities(segment.masked, context.language).flatMap((quantity) => hitsOf(quantity, year)),
    ...(context.language === 'en' ? conversionTraceHits(segment.masked) : []),
  ]
})
