import { createHash } from 'node:crypto'

/** The identity of a document's text: a SHA-256 of its exact characters. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
