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
