import { checkIsbn } from '@/lib/cite/isbn'
import { checkDoi } from '@/lib/cite/doi'
import { checkLinkUrl } from '@/lib/security/url'
import { issuedOf } from './dates'
import type { IdentifierProblem } from './types'

export type Identifiers = {
  isbn: null | string
  doi: null | string
  url: null | string
  archiveUrl: null | string
  accessed: null | string
  archiveNote: null | string
  problems: IdentifierProblem[]
}

const ISBN = /\bISBN(?:-1[03])?:?\s*([0-9][0-9\s‐-]{8,}[0-9Xx])\b/g
const DOI = /(?:\bdoi:\s*|https?:\/\/(?:dx\.)?doi\.org\/|\bDOI\s+)(\S+?)(?=[.,;)]?(?:\s|$))/gi
const URL_PATTERN = /<?(https?:\/\/[^\s<>]+?)>?(?=[.,;)]?(?:\s|$))/g
/** "Archived 2014-05-23 at the Wayback Machine" (a rendered {{webarchive}}), kept as the note says it. */
const WAYBACK = /\s*Archived (\d{4}-\d{2}-\d{2}) at the Wayback Machine\s*/i
/** {{cite web}}'s "Archived from the original on 3 May 2010", the archive address having been a link. */
const ARCHIVED_FROM = /\s*Archived from the original(?: \(PDF\))? on ([^.]+?)\.(?=\s|$)/i
const ACCESSED = [
  /\s*(?:Retrieved|Accessed|Consulted)(?: on)?:?\s+([^.;()]*?\d{4}(?:-\d{2}-\d{2})?)\s*[.;]?(?=\s|$)/i,
  /\s*[(（]?\s*(?:访问|訪問|检索|檢索|引用)(?:日期|时间|時間)?[:：]?\s*([\d年月日.\-/]+)\s*[)）]?[。.]?/,
  /\s*[(（]?\s*дата обращения:?\s*([\d.]+)\s*[)）]?\.?/i,
]

const numericDate = (written: string) => {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written.trim())
  if (dotted) return `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}`
  return issuedOf(written.replace(/[./]/g, (char, offset: number) => (offset < 5 ? '-' : char)))
}

/**
 * Takes the identifiers out of a reference: ISBNs, DOIs, the address, the archived
 * copy and the access date. A written ISBN or DOI that does not validate is kept as
 * written, in `problems`, and stays out of the fields (and out of deduplication).
 */
export function takeIdentifiers(input: string): { identifiers: Identifiers; rest: string } {
  let text = input
  const identifiers: Identifiers = { isbn: null, doi: null, url: null, archiveUrl: null, accessed: null, archiveNote: null, problems: [] }

  for (const match of text.matchAll(ISBN)) {
    const written = match[1]?.trim() ?? ''
    const check = checkIsbn(written)
    if (check.ok) identifiers.isbn ??= check.hyphenated
    else identifiers.problems.push({ kind: 'isbn', text: written, reason: check.reason })
  }
  text = text.replace(ISBN, ' ')

  for (const match of text.matchAll(DOI)) {
    const written = match[1] ?? ''
    const check = checkDoi(written)
    if (check.ok) identifiers.doi ??= check.doi
    else identifiers.problems.push({ kind: 'doi', text: written, reason: check.reason })
  }
  text = text.replace(DOI, ' ')

  const wayback = WAYBACK.exec(text)
  if (wayback) {
    identifiers.archiveNote = wayback[0].trim()
    text = text.replace(WAYBACK, ' ')
  }
  const archivedFrom = ARCHIVED_FROM.exec(text)
  if (archivedFrom) {
    identifiers.archiveNote = archivedFrom[0].trim()
    text = text.replace(ARCHIVED_FROM, ' ')
  }
  for (const pattern of ACCESSED) {
    const accessed = pattern.exec(text)
    if (!accessed?.[1]) continue
    const date = numericDate(accessed[1].replace(/[年月]/g, '-').replace(/日/, ''))
    if (date?.length === 10) identifiers.accessed = date
    text = text.replace(pattern, ' ')
    break
  }

  // The first address is the work's; one after it (web.archive.org, archive.today) is its archived copy.
  for (const match of [...text.matchAll(URL_PATTERN)]) {
    const url = match[1] ?? ''
    // An address the citations collection would refuse (no host, say) stays in the note's text.
    if (!checkLinkUrl(url).ok) continue
    if (/web\.archive\.org|archive\.(?:today|is|ph)|webcitation\.org/.test(url) && !identifiers.archiveUrl) identifiers.archiveUrl = url
    else if (!identifiers.url) identifiers.url = url
    else continue
    text = text.replace(match[0], ' ')
  }
  return { identifiers, rest: text.replace(/\s+/g, ' ').replace(/\s+([,.;])/g, '$1').trim() }
}
