import type { Locator, LocatorType } from './types'

const CN = '[一二三四五六七八九十百〇零\\d]+'
const RANGE = '\\d+[a-z]?(?:\\s*(?:[-–—]|to)\\s*\\d*[a-z]?)?(?:\\s*ff?\\.)?'

/** Pinpoints as notes write them, most specific first; the first capture group is the locator. */
const LOCATORS: [RegExp, LocatorType][] = [
  [new RegExp(`[，,]?\\s*(卷${CN}[，,、]?\\s*(?:页${CN}|第${CN}页)(?:[至—–-]${CN}页?)?)[。.]?`, 'u'), 'folio'],
  [/[，,]?\s*第\s*(\d+(?:\s*[-–—~至、，]\s*\d+)*)\s*页[。.]?/u, 'page'],
  [new RegExp(`[，,]?\\s*页(${CN}(?:[至—–-]${CN})?)[。.]?`, 'u'), 'page'],
  [new RegExp(`[，,]?\\s*第(${CN})[章回][。.]?`, 'u'), 'chapter'],
  [/^\s*Pages?\s+(\d+\s*[-–—]\s*\d+|\d+)\s*/i, 'page'],
  [new RegExp(`[,.]?\\s*\\b(?:pp?\\.|pages?)\\s*(${RANGE})`, 'i'), 'page'],
  [/[,.]?\s*\bP(\d+(?:\s*[-–—]\s*\d+)?)\b/, 'page'],
  [/[,.]?\s*\b(?:chapter|chap\.|ch\.)\s*(\w+)/i, 'chapter'],
  [/[,.]?\s*\b(?:fols?\.|ff?\.|folios?)\s*(\d+[rv]?(?:\s*[-–—]\s*\d+[rv]?)?)/i, 'folio'],
  [/[,.]?\s*(?:\bsec(?:t(?:ion)?)?\.?|§)\s*(\d+(?:\.\d+)*)/i, 'section'],
  [/[,.]?\s*(?<![\p{L}])С\.\s*(\d+(?:\s*[-–—]\s*\d+)?)/u, 'page'],
  [/[,.]?\s*(?<![\p{L}])стр\.\s*(\d+(?:\s*[-–—]\s*\d+)?)/u, 'page'],
  [/[,.]?\s*(?<![\p{L}])[Лл]\.\s*(\d+(?:\s*(?:об\.|[-–—]\s*\d+))?)/u, 'folio'],
  [/[,.]?\s*(?<![\p{L}])гл\.\s*(\d+)/u, 'chapter'],
]

const tidy = (locator: string) =>
  locator
    .replace(/\s*([-–—、，,])\s*/g, '$1')
    .replace(/\s+to\s+/g, '–')
    .replace(/[-–—]$/, '')
    .replace(/^(\d+)\s*(ff?\.)$/, '$1 $2')
    .trim()

/** Takes a pinpoint (page, pages, chapter, folio, section, 卷/页) out of a note; the rest of the text is returned. */
export function takeLocator(text: string): { locator: Locator | null; rest: string } {
  for (const [pattern, locatorType] of LOCATORS) {
    const match = pattern.exec(text)
    if (match?.[1]) {
      const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
      return { locator: { locatorType, locator: tidy(match[1]) }, rest: rest.replace(/\s+/g, ' ').trim() }
    }
  }
  return { locator: null, rest: text }
}

/** A bare page number or range ending a note ("…, 1994), 23." / "Perdue, China Marches West, 45–47."). */
export function takeTrailingPage(text: string): { locator: Locator | null; rest: string } {
  const match = /[,，]\s*(\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*n\.\s*\d+)?)\s*[.。]?$/.exec(text)
  if (!match?.[1]) return { locator: null, rest: text }
  return { locator: { locatorType: 'page', locator: tidy(match[1]) }, rest: text.slice(0, match.index).trim() }
}
