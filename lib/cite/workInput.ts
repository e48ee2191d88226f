import type { CitationRecord } from './format'

/**
 * A work as a form or a client sent it, reduced to what a citation record holds: text fields as
 * strings (anything else dropped), people as an array of named entries. An admin form gives an
 * array field it has no rows for as its row count (0), and a client may send anything.
 */

const TEXT_FIELDS = [
  'type',
  'containerTitle',
  'genre',
  'publisher',
  'publisherPlace',
  'issued',
  'archive',
  'archiveLocation',
  'scale',
  'volume',
  'issue',
  'pages',
  'edition',
  'language',
  'isbn',
  'doi',
  'url',
  'archiveUrl',
  'accessed',
] as const

const text = (value: unknown) => (typeof value === 'string' ? value : null)
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The record `value` describes, or null when it is no object or (unless `titleRequired` is false) has no original title. */
export function readWorkInput(value: unknown, { titleRequired = true } = {}): CitationRecord | null {
  if (!isObject(value)) return null
  const title = isObject(value.title) ? value.title : {}
  const original = text(title.original)?.trim() ?? ''
  if (!original && titleRequired) return null
  const record: CitationRecord = { type: 'book', title: { original, romanized: text(title.romanized), translated: text(title.translated) } }
  for (const field of TEXT_FIELDS) {
    const written = text(value[field])
    if (written !== null) (record as Record<string, unknown>)[field] = written
  }
  record.authors = (Array.isArray(value.authors) ? value.authors : []).filter(isObject).map((person) => ({
    family: text(person.family),
    given: text(person.given),
    literal: text(person.literal),
    romanized: text(person.romanized),
    role: text(person.role),
  }))
  return record
}
