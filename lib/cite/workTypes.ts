/**
 * Which fields a work of each CSL type has, and which of them it cannot do
 * without. The admin form shows a field only for the types listed here
 * (admin.condition), and the collection refuses a save that lacks a required
 * one, so a chapter always names its book and a manuscript its repository.
 */

export const WORK_TYPES = [
  'book',
  'chapter',
  'article-journal',
  'thesis',
  'manuscript',
  'map',
  'webpage',
  'dataset',
  'entry-encyclopedia',
  'report',
  'article-newspaper',
] as const
export type WorkType = (typeof WORK_TYPES)[number]

/** The fields whose presence depends on the type (title, authors, date, note and the identifiers of every work are always there). */
export type TypedField =
  | 'archive'
  | 'archiveLocation'
  | 'containerTitle'
  | 'doi'
  | 'edition'
  | 'genre'
  | 'isbn'
  | 'issue'
  | 'pages'
  | 'publisher'
  | 'publisherPlace'
  | 'scale'
  | 'volume'

const FIELDS: Record<WorkType, readonly TypedField[]> = {
  book: ['publisher', 'publisherPlace', 'edition', 'volume', 'isbn', 'doi'],
  chapter: ['containerTitle', 'publisher', 'publisherPlace', 'edition', 'volume', 'pages', 'isbn', 'doi'],
  'article-journal': ['containerTitle', 'volume', 'issue', 'pages', 'doi'],
  thesis: ['genre', 'publisher', 'publisherPlace', 'doi'],
  manuscript: ['genre', 'archive', 'archiveLocation', 'publisherPlace', 'pages'],
  map: ['genre', 'scale', 'publisher', 'publisherPlace', 'edition', 'isbn', 'archive', 'archiveLocation'],
  webpage: ['containerTitle', 'publisher'],
  dataset: ['containerTitle', 'publisher', 'edition', 'doi'],
  'entry-encyclopedia': ['containerTitle', 'publisher', 'publisherPlace', 'edition', 'volume', 'pages', 'isbn'],
  report: ['genre', 'publisher', 'publisherPlace', 'isbn', 'doi'],
  'article-newspaper': ['containerTitle', 'publisherPlace', 'pages'],
}

/** What a type cannot do without, beyond the original title every work has. `url|doi`: one of the two. */
const REQUIRED: Partial<Record<WorkType, readonly (TypedField | 'url' | 'url|doi')[]>> = {
  chapter: ['containerTitle'],
  'article-journal': ['containerTitle'],
  thesis: ['publisher'],
  manuscript: ['archive'],
  webpage: ['url'],
  dataset: ['url|doi'],
  'entry-encyclopedia': ['containerTitle'],
  'article-newspaper': ['containerTitle'],
}

export const isWorkType = (type: unknown): type is WorkType => typeof type === 'string' && (WORK_TYPES as readonly string[]).includes(type)

/** Whether the form shows `field` for a work of `type` (an unknown type shows everything, so nothing stored is hidden). */
export function typeHasField(type: unknown, field: TypedField): boolean {
  return isWorkType(type) ? FIELDS[type].includes(field) : true
}

export type RequiredField = TypedField | 'url'

type WorkValues = Partial<Record<RequiredField | 'doi', null | string | undefined>> & { type?: unknown }

const filled = (value: null | string | undefined) => Boolean(value?.trim())

/** The required fields a work of its type leaves empty (`url|doi` reported as both), in the order listed. */
export function missingFields(work: WorkValues): RequiredField[] {
  if (!isWorkType(work.type)) return []
  const missing: RequiredField[] = []
  for (const rule of REQUIRED[work.type] ?? []) {
    if (rule === 'url|doi') {
      if (!filled(work.url) && !filled(work.doi)) missing.push('url', 'doi')
    } else if (!filled(work[rule])) missing.push(rule)
  }
  return missing
}

/** Whether `field` is one a work of `type` must have (for the field's own validation message). */
export function requiredFor(type: unknown, field: RequiredField): boolean {
  return missingFields({ type }).includes(field)
}
