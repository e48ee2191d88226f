import { checkIsbn } from './isbn'

export type WorkIdentity = {
  isbn?: null | string
  authors?: null | string[]
  title?: null | string
  year?: null | number | string
}

const normalizeText = (text: string) =>
  text
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
  const title = work.title ? normalizeText(work.title) : ''
  if (!title) return null
  const author = work.authors?.[0] ? normalizeText(work.authors[0]) : ''
  return `work:${author}|${title}|${work.year ?? ''}`
}

/** A citation as the citations collection stores it, as far as its identity goes. */
export type CitationRecordIdentity = {
  isbn?: null | string
  authors?: null | { family?: null | string; literal?: null | string; romanized?: null | string }[]
  title?: null | { original?: null | string }
  issued?: null | string
}

/** The dedup key of a stored citation record: what collections/citations keeps in `dedupKey` and imports look works up by. */
export function citationDedupKey(work: CitationRecordIdentity): null | string {
  const year = work.issued ? Number.parseInt(work.issued, 10) : undefined
  // (Any placeholder for missing authors would do: it has no name and is filtered out.)
  const authors = (work.authors ?? []).map((author) => author.family ?? author.literal ?? author.romanized ?? '').filter(Boolean)
  return dedupKey({ isbn: work.isbn, authors, title: work.title?.original, year })
}
