import { normalizeText, referenceKeys, type CitationRecordIdentity } from './dedup'
import { checkDoi } from './doi'
import { checkIsbn } from './isbn'

/**
 * Why two records are likely the same work:
 * - `isbn`, `doi`: the same book or article by its identifier (ISBN-10 and -13 are one book);
 * - `names-title-year`: the same first author, title and year (referenceKeys, what imports match on);
 * - `similar`: not the same key, but the same author and year and a title that differs only in
 *   spacing, punctuation or a subtitle ("Sheng wu ji" / "Shengwuji: juan 1–4"), which an editor should look at.
 */
export type DuplicateReason = 'doi' | 'isbn' | 'names-title-year' | 'similar'

type Work = CitationRecordIdentity & { title?: null | { original?: null | string; romanized?: null | string; translated?: null | string } }

const isbn13 = (work: Work) => {
  const check = work.isbn ? checkIsbn(work.isbn) : null
  return check?.ok ? check.isbn13 : null
}
const doiOf = (work: Work) => {
  const check = work.doi ? checkDoi(work.doi) : null
  return check?.ok ? check.doi : null
}
const yearOf = (issued: null | string | undefined) => (issued ? Number.parseInt(issued, 10) || '' : '')

/** Text reduced to its letters and digits, with no spaces: "Sheng-wu chi" and "Shengwuchi" meet. */
const compact = (text: string) => normalizeText(text).replace(/ /g, '')
/** The title before any subtitle (after a colon, a dash or a full stop). */
const mainTitle = (title: string) => title.split(/[:：—.。]\s*/u)[0] ?? title

/** Keys under which two records are similar: author × title in each form the record carries, with the year. */
function similarKeys(work: Work): string[] {
  const [author] = (work.authors ?? []).filter((person) => person.family || person.literal || person.romanized)
  const names = [author?.family, author?.literal, author?.romanized].filter((name): name is string => Boolean(name?.trim())).map(compact)
  const titles = [work.title?.original, work.title?.romanized, work.title?.translated].filter((title): title is string => Boolean(title?.trim())).map((title) => compact(mainTitle(title)))
  const year = yearOf(work.issued)
  const keys = new Set<string>()
  for (const title of titles) {
    if (!title) continue
    if (!names.length) keys.add(`|${title}|${year}`)
    for (const name of names) keys.add(`${name}|${title}|${year}`)
  }
  return [...keys]
}

const hasNamedAuthor = (work: Work) => (work.authors ?? []).some((person) => person.family || person.literal || person.romanized)

/** The author + title + year keys of a record; the keys without an author (`work:|…`) only for a record naming nobody, so a named author never meets an anonymous title. */
const workKeys = (work: Work) => referenceKeys(work).filter((key) => key.startsWith('work:') && (!hasNamedAuthor(work) || !key.startsWith('work:|')))

/** Why `a` and `b` are likely one work, or null. Two different valid ISBNs (or DOIs) are two editions, never duplicates. */
export function duplicateReason(a: Work, b: Work): DuplicateReason | null {
  const [isbnA, isbnB] = [isbn13(a), isbn13(b)]
  if (isbnA && isbnB) return isbnA === isbnB ? 'isbn' : null
  const [doiA, doiB] = [doiOf(a), doiOf(b)]
  if (doiA && doiB) return doiA === doiB ? 'doi' : null
  const keysOfB = new Set(workKeys(b))
  if (workKeys(a).some((key) => keysOfB.has(key))) return 'names-title-year'
  const similarOfB = new Set(similarKeys(b))
  return similarKeys(a).some((key) => similarOfB.has(key)) ? 'similar' : null
}

/** The values a database query narrows the candidates by before duplicateReason decides: ISBN/work keys, DOIs, family names, titles. */
export function candidateQueryValues(work: Work) {
  const keys = referenceKeys(work)
  const people = (work.authors ?? []).flatMap((person) => [person.family, person.literal, person.romanized]).filter((name): name is string => Boolean(name?.trim()))
  const titles = [work.title?.original, work.title?.romanized].filter((title): title is string => Boolean(title?.trim()))
  return { dedupKeys: keys.filter((key) => key.startsWith('isbn:') || key.startsWith('work:')), dois: keys.filter((key) => key.startsWith('doi:')).map((key) => key.slice(4)), names: [...new Set(people)], titles }
}
