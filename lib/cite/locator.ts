import type { LocatorType } from '@/lib/cite/format'

/**
 * Whether a citation's locator is written as its type calls for: the place in
 * the work, without the label the site prints itself ("p.", "chap.", 第…页).
 * A number is arabic (45, 45a), roman (xii) or in Chinese numerals (十二); a
 * locator may be a range (45–47, 45-7, 十二至十五), a list (45, 47; 12、15)
 * and may end in "ff."; a page may carry a note (45n3, 45 n. 3); a folio its
 * side (12r, 12v, 12 об.) or 卷 and 页 (卷三，页五); a section or chapter may
 * be dotted (3.2.1, § 4). Everything the importer reads as a locator
 * (lib/cite/reference/locator) passes.
 */

export type LocatorCheck = { ok: true } | { ok: false; reason: string }

const CN = '[一二三四五六七八九十百千〇零两]+'
const NUMBER = `(?:\\d+[a-z]?|[ivxlcdm]+|${CN})`
const WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)'
const RANGE_SEPARATOR = '\\s*(?:[-–—~～至]|to)\\s*'
const LIST_SEPARATOR = '\\s*(?:[,，、;；&]|and)\\s*'
const FOLLOWING = '(?:\\s*ff?\\.)?'

const item: Record<LocatorType, string> = {
  page: `${NUMBER}(?:\\s*nn?\\.?\\s*\\d+)?`,
  chapter: `(?:${NUMBER}(?:\\.\\d+)*|${WORDS})`,
  section: `(?:§\\s*)?${NUMBER}(?:\\.\\d+)*`,
  folio: `(?:\\d+\\s*(?:[rv]|об\\.?)?|${NUMBER})`,
  column: `${NUMBER}`,
  line: `${NUMBER}`,
  note: `${NUMBER}`,
}

/** 卷三，页五 / 卷3，第5页 / 卷三页五至七: volume and leaf, as Chinese references give a folio. */
const JUAN_NUMBER = '[一二三四五六七八九十百千〇零两\\d]+'
const JUAN = new RegExp(`^卷${JUAN_NUMBER}[，,、\\s]*(?:页${JUAN_NUMBER}|第${JUAN_NUMBER}页|${JUAN_NUMBER})(?:[至—–-]${JUAN_NUMBER}页?)?$`, 'iu')

const patterns = new Map<LocatorType, RegExp>()
function patternOf(type: LocatorType): RegExp {
  let pattern = patterns.get(type)
  if (!pattern) {
    const range = `${item[type]}(?:${RANGE_SEPARATOR}${item[type]})?${FOLLOWING}`
    pattern = new RegExp(`^${range}(?:${LIST_SEPARATOR}${range})*$`, 'iu')
    patterns.set(type, pattern)
  }
  return pattern
}

const NAMES: Record<LocatorType, string> = { page: 'page', chapter: 'chapter', section: 'section', folio: 'folio', column: 'column', line: 'line', note: 'note' }
const EXAMPLES: Record<LocatorType, string> = {
  page: '45, 45–47, xii, 45n3 or 45 ff.',
  chapter: '3, IV, 3.2 or 十二',
  section: '4, 3.2.1 or § 4',
  folio: '12r, 12v–13r, 12 об. or 卷三，页五',
  column: '3 or 3–4',
  line: '12 or 12–15',
  note: '3 or 3–5',
}
/** The labels people type although the site prints them itself. */
const LABEL = /^(?:pp?\.|pages?|chap(?:ter)?\.?|ch\.|sec(?:tion)?\.?|fols?\.|folios?|col\.|cols\.|l{1,2}\.|nn?\.|第|页)\s*|[页章节叶栏行]$/iu

export function checkLocator(value: unknown, locatorType: LocatorType | null | undefined): LocatorCheck {
  // Sent as JSON, a locator may be a number (45) or, by mistake, anything else.
  if (value !== null && value !== undefined && typeof value !== 'string' && typeof value !== 'number') return { ok: false, reason: "The citation's locator must be text, such as 45–47." }
  const locator = String(value ?? '').trim()
  if (!locator) return { ok: true }
  const type = locatorType && locatorType in NAMES ? locatorType : 'page'
  if (patternOf(type).test(locator) || (type === 'folio' && JUAN.test(locator))) return { ok: true }
  const unlabelled = locator.replace(LABEL, '').replace(LABEL, '').trim()
  const hint = unlabelled !== locator && unlabelled && patternOf(type).test(unlabelled) ? ` Write only “${unlabelled}”: the locator type says it is a ${NAMES[type]}.` : ` Write it as ${EXAMPLES[type]}.`
  return { ok: false, reason: `The citation's locator “${locator}” is not a ${NAMES[type]} form.${hint}` }
}
