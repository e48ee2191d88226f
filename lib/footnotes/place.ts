import type { FootnoteBackLink, FootnoteLocatorType } from './index'

export type PlaceLocale = 'en' | 'zh'

const RANGE = /[-–—,]/

/** Chicago's abbreviations; a range of pages is "pp.". */
const ENGLISH: Record<FootnoteLocatorType, (locator: string) => string> = {
  page: (locator) => `${RANGE.test(locator) ? 'pp.' : 'p.'} ${locator}`,
  chapter: (locator) => `ch. ${locator}`,
  column: (locator) => `col. ${locator}`,
  folio: (locator) => `fol. ${locator}`,
  line: (locator) => `l. ${locator}`,
  note: (locator) => `n. ${locator}`,
  section: (locator) => `sec. ${locator}`,
}

const CHINESE: Record<FootnoteLocatorType, (locator: string) => string> = {
  page: (locator) => `第${locator}页`,
  chapter: (locator) => `第${locator}章`,
  column: (locator) => `第${locator}栏`,
  folio: (locator) => `第${locator}叶`,
  line: (locator) => `第${locator}行`,
  note: (locator) => `注${locator}`,
  section: (locator) => `第${locator}节`,
}

/** A locator as the site prints it beside a note: "p. 45", "pp. 45–47", "ch. 5", 第5章, 第225页. */
export function locatorPhrase(locatorType: FootnoteLocatorType, locator: string, locale: PlaceLocale): string {
  return (locale === 'zh' ? CHINESE : ENGLISH)[locatorType](locator)
}

/**
 * What a note's back-link says about the place its use cites: "p. 45",
 * "ch. 5", 第5章. Only when the uses of the note cite different places (when
 * they agree the citation prints the place itself); a bare number beside the
 * labels a, b, c would read as one more label.
 */
export function backLinkPlace(link: FootnoteBackLink, note: { backLinks: readonly FootnoteBackLink[] }, locale: PlaceLocale): null | string {
  const agree = note.backLinks.every((other) => other.locator === link.locator && other.locatorType === link.locatorType)
  if (!link.locator || agree) return null
  return locatorPhrase(link.locatorType ?? 'page', link.locator, locale)
}
