import ChineseNumber from 'chinese-numbers-converter'

/** Chinese numeral characters (both scripts, financial forms, 两/兩, 廿/卅) and the 万/亿 multipliers. */
export const CHINESE_NUMERAL = '〇零一二三四五六七八九十百千万萬亿億两兩廿卅壹贰貳叁參肆伍陆陸柒捌玖拾佰仟'

const HAS_NUMERAL = new RegExp(`[\\d${CHINESE_NUMERAL}]`)

/** A number written in Chinese numerals, Arabic digits with 万/亿, or a mix: 四十四万 → 440000, 3.5万 → 35000, 元 (first) → 1. */
export function readChineseNumber(written: string): null | number {
  if (written === '元') return 1
  if (!HAS_NUMERAL.test(written)) return null
  const value = new ChineseNumber(written.replace(/,/g, '')).toInteger()
  return Number.isFinite(value) ? Math.round(value) : null
}
