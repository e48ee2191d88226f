import { peopleOf, personOf } from '../names'
import { looksLikeNames, stripEnd } from '../text'
import type { ParsedReference } from '../types'
import { readTitleAndDetails } from './titleAndDetails'

/**
 * Forms readers and web mirrors write that follow no manual: "Title By Author Published by
 * Publisher, Year", "Godrich, Fang (editors), "Title". Volume I. Publisher, 1976.",
 * "Author, Title, Year" and "Author, Title, 33" (a page after the title), and a title first
 * with no author (Wikipedia's {{cite web}} without one: ""Title". Site. 6 September 2016.").
 */
export function readLoose(text: string, reference: ParsedReference): boolean {
  const byline = /^(.+?)\s+By\s+(.+?)\s+Published by\s+(.+?),\s*(\d{4})\.?$/.exec(text)
  if (byline?.[1] && byline[2] && byline[3]) {
    reference.title.original = byline[1]
    reference.authors = peopleOf(byline[2])
    reference.publisher = byline[3]
    reference.issued = byline[4] ?? null
    return true
  }
  const edited = /^(.+?)\s*\((?:editors?|eds?\.?)\),\s*(.*)$/i.exec(text)
  if (edited?.[1] && looksLikeNames(edited[1])) {
    reference.editors = peopleOf(edited[1])
    readTitleAndDetails(edited[2] ?? '', reference)
    return true
  }
  // "G. Patrick March, Eastern Destiny: the Russians in Asia, 1996." / "CJ. Peers, Late Imperial Chinese Armies 1520-1840, 33"
  const listed = /^((?:[\p{Lu}][\p{L}.'’-]*\.?\s?){1,4}),\s*(.+?)(?:,\s*(\d{4})\b.*)?$/su.exec(text)
  if (listed?.[1] && listed[2] && looksLikeNames(listed[1].trim())) {
    reference.authors = [personOf(listed[1].trim())]
    const title = listed[2].replace(/,\s*\d{1,4}$/, (page) => {
      reference.locator ??= { locatorType: 'page', locator: page.replace(/^,\s*/, '') }
      return ''
    })
    reference.title.original = stripEnd(title)
    reference.issued = listed[3] ?? null
    return true
  }
  readTitleAndDetails(text, reference)
  return Boolean(reference.title.original)
}
