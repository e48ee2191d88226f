import { toSimplified } from '@/lib/corpus/script'
import { checkDoi } from './doi'
import { checkIsbn } from './isbn'

export type WorkIdentity = {
  isbn?: null | string
  authors?: null | string[]
  title?: null | string
  year?: null | number | string
}

/** Text as keys compare it: no accents, one case, simplified Chinese, punctuation and spaces as one boundary. */
export const normalizeText = (text: string) =>
  toSimplified(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Any one case would do (keys are compared only with keys made here); stored keys are lower-case.
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * The key under which two records are the same work: the ISBN-13 when there is
 * a valid ISBN, otherwise the normalized first author's name, title and year.
 */
export function dedupKey(work: WorkIdentity): null | string {
  if (work.isbn) {
    const isbn = checkIsbn(work.isbn)
    if (isbn.ok) return `isbn:${isbn.isbn13}`
  }
  return workKey(work.authors?.[0] ?? null, work.title ?? null, work.year ?? null)
}

function workKey(author: null | string, title: null | string, year: null | number | string): null | string {
  const normalizedTitle = title ? normalizeText(title) : ''
  if (!normalizedTitle) return null
  return `work:${author ? normalizeText(author) : ''}|${normalizedTitle}|${year ?? ''}`
}

type Person = { family?: null | string; literal?: null | string; romanized?: null | string }

/** A citation as the citations collection stores it (or the import plans it), as far as its identity goes. */
export type CitationRecordIdentity = {
  isbn?: null | string
  doi?: null | string
  authors?: null | Person[]
  title?: null | { original?: null | string; romanized?: null | string }
  issued?: null | string
  shortForm?: null | { kind: string; family?: string; year?: null | string; shortTitle?: null | string }
}

const yearOf = (issued: null | string | undefined) => (issued ? Number.parseInt(issued, 10) || undefined : undefined)
const namedAuthors = (work: CitationRecordIdentity) => (work.authors ?? []).filter((author) => author.family || author.literal || author.romanized)

/** The dedup key of a stored citation record: what collections/citations keeps in `dedupKey` and imports look works up by. */
export function citationDedupKey(work: CitationRecordIdentity): null | string {
  const [author] = namedAuthors(work)
  return dedupKey({ isbn: work.isbn, authors: author ? [author.family ?? author.literal ?? author.romanized ?? ''] : [], title: work.title?.original, year: yearOf(work.issued) })
}

/**
 * Every key under which a record is the same work as another: its ISBN-13 (ISBN-10 and -13 are one
 * book), its DOI, and author + title + year in each form the record carries (the name as written
 * with the original title; the romanized name with the romanized title), so a Chinese work cited
 * in English with both forms meets the same work cited in Chinese. The first key is the record's
 * dedupKey. An unresolved short note has only its own key ("Kang 2013" notes share one record).
 */
export function referenceKeys(work: CitationRecordIdentity): string[] {
  const keys: string[] = []
  const primary = citationDedupKey(work)
  if (work.shortForm) {
    const { family = '', year = '', shortTitle = '' } = work.shortForm
    return [`short:${normalizeText(family)}|${year ?? ''}|${normalizeText(shortTitle ?? '')}`]
  }
  if (primary) keys.push(primary)
  const isbn = work.isbn ? checkIsbn(work.isbn) : null
  if (isbn?.ok) keys.push(`isbn:${isbn.isbn13}`)
  const doi = work.doi ? checkDoi(work.doi) : null
  if (doi?.ok) keys.push(`doi:${doi.doi}`)
  const year = yearOf(work.issued) ?? null
  const [author] = namedAuthors(work)
  const names = [author?.family ?? author?.literal ?? null, author?.literal ?? null, author?.romanized ?? null]
  const titles = [work.title?.original ?? null, work.title?.romanized ?? null]
  for (const [index, name] of names.entries()) {
    const key = workKey(name, titles[index === 2 ? 1 : 0] ?? null, year)
    if (key) keys.push(key)
  }
  return [...new Set(keys)]
}
