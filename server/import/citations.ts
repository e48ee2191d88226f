import type { Where } from 'payload'

import { AS_REFERENCED } from '@/collections/citations/fields'
import { referenceKeys } from '@/lib/cite/dedup'
import { duplicateReason } from '@/lib/cite/duplicates'
import { parseReference, type ReferencePerson } from '@/lib/cite/reference'
import { shortFormMatches } from '@/lib/cite/shortForms'
import type { PlannedCitation } from '@/lib/corpus/transform/types'
import type { Citation } from '@/payload-types'
import { candidateWhere } from '@/server/bibliography/findDuplicates'
import { knownLanguage } from './names'
import { ID_ONLY, type Counts, type DocId, type WriteContext } from './types'

type CitationData = Omit<Citation, 'createdAt' | 'displayTitle' | 'id' | 'updatedAt'>

const personData = (role: 'author' | 'editor') => ({ family, given, literal, romanized }: ReferencePerson) => ({ family, given, literal, romanized, role })
const dynastyNote = (work: PlannedCitation) =>
  work.authors.flatMap((author) => (author.dynasty ? [`${author.dynasty}: ${author.literal ?? author.family ?? ''}`] : [])).join('; ') || null

const citationData = (work: PlannedCitation): CitationData => ({
  type: work.type,
  authors: [...work.authors.map(personData('author')), ...work.editors.map(personData('editor'))],
  title: work.title,
  containerTitle: work.containerTitle,
  publisher: work.publisher,
  publisherPlace: work.publisherPlace,
  issued: work.issued,
  volume: work.volume,
  issue: work.issue,
  edition: work.edition,
  isbn: work.isbn,
  doi: work.doi,
  url: work.url,
  archiveUrl: work.archiveUrl,
  accessed: work.accessed,
  pages: work.pages,
  language: knownLanguage(work.language),
  // The repository with its call number as the reference wrote them (the parser does not split them).
  archive: work.archive,
  // What the record has no field for (an author's dynasty) stays readable in the note.
  note: [work.note, work.archiveNote, dynastyNote(work) ? `Dynasty: ${dynastyNote(work)}` : null].filter(Boolean).join('\n'),
})

type Stored = Pick<Citation, 'authors' | 'doi' | 'id' | 'isbn' | 'issued' | 'title'>
const STORED_IDENTITY = { authors: true, doi: true, isbn: true, issued: true, title: true } as const

/**
 * The stored works any planned work may be: one query for every ISBN, DOI, dedup key and title
 * (original and romanized) of the plan, and the family names of its unresolved short notes.
 * Which candidate is which work is then decided here by referenceKeys, so a work stored under
 * its ISBN is found by a reference that gives none, and the reverse.
 */
async function candidates(context: WriteContext, works: { work: PlannedCitation; keys: string[] }[]): Promise<Stored[]> {
  const { payload, req, overrideAccess } = context
  const values = (prefix: string) => [...new Set(works.flatMap(({ keys }) => keys.filter((key) => key.startsWith(prefix))))]
  const titles = [...new Set(works.flatMap(({ work }) => (work.shortForm ? [] : [work.title.original, work.title.romanized].filter((title): title is string => Boolean(title)))))]
  const families = [...new Set(works.flatMap(({ work }) => (work.shortForm?.kind === 'author' ? [work.shortForm.family] : [])))]
  const clauses: (null | Where)[] = [
    values('isbn:').length ? { dedupKey: { in: values('isbn:') } } : null,
    values('work:').length ? { dedupKey: { in: values('work:') } } : null,
    values('doi:').length ? { doi: { in: values('doi:').map((key) => key.slice(4)) } } : null,
    titles.length ? { 'title.original': { in: titles } } : null,
    titles.length ? { 'title.romanized': { in: titles } } : null,
    families.length ? { 'authors.family': { in: families } } : null,
  ]
  const or = clauses.filter((clause): clause is Where => clause !== null)
  if (!or.length) return []
  const { docs } = await payload.find({ collection: 'citations', req, overrideAccess, depth: 0, pagination: false, where: { or }, select: STORED_IDENTITY })
  return docs
}

/**
 * Recorded works a planned work may be under another key (a different romanization, a subtitle):
 * not reused, but named on the new record for an editor to merge or dismiss. One query for the plan.
 */
async function similarWorks(context: WriteContext, works: PlannedCitation[]): Promise<Stored[]> {
  const where = candidateWhere(works.filter((work) => !work.shortForm))
  if (!where) return []
  const { payload, req, overrideAccess } = context
  return (await payload.find({ collection: 'citations', req, overrideAccess, depth: 0, pagination: false, where, select: STORED_IDENTITY })).docs
}

const storedIdentity = (doc: Stored) => ({ ...doc, authors: (doc.authors ?? []).filter((author) => author.role !== 'editor') })

/**
 * Finds or creates the record of every work the document cites. A planned work is an existing
 * record when they share a key (ISBN, DOI, or author + title + year in either script); a short
 * note the document could not resolve ("Kang 2013") is the one stored work it names, if exactly
 * one fits. Returns the record id of each plan citation key, and the keys resolved from the database.
 */
export async function writeCitations(context: WriteContext, works: PlannedCitation[]): Promise<{ ids: Map<string, DocId>; counts: Counts; shortNotesFound: Set<string> }> {
  const { payload, req, overrideAccess } = context
  const planned = works.map((work) => ({ work, data: citationData(work), keys: referenceKeys(work) }))
  const [stored, similar] = await Promise.all([candidates(context, planned), similarWorks(context, works)])
  const idByKey = new Map<string, DocId>(stored.flatMap((doc) => referenceKeys(storedIdentity(doc)).map((key) => [key, doc.id] as const)))

  const ids = new Map<string, DocId>()
  const counts = { new: 0, reused: 0 }
  const shortNotesFound = new Set<string>()
  for (const { work, data, keys } of planned) {
    const shortForm = work.shortForm
    const named = shortForm ? stored.filter((doc) => shortFormMatches(shortForm, storedIdentity(doc))) : []
    const known = named.length === 1 ? named[0]?.id : keys.map((key) => idByKey.get(key)).find((id) => id !== undefined)
    if (known !== undefined) {
      // A record made earlier for the same unresolved short note is reused, and still flagged.
      if (named.length === 1 && !parseReference(named[0]?.title.original ?? '', 'en').shortForm) shortNotesFound.add(work.key)
      ids.set(work.key, known)
      counts.reused++
      continue
    }
    const possibleDuplicates = shortForm ? [] : similar.filter((doc) => duplicateReason(work, storedIdentity(doc))).map((doc) => doc.id)
    const created = await payload.create({ collection: 'citations', req, overrideAccess, depth: 0, data: possibleDuplicates.length ? { ...data, possibleDuplicates } : data, context: { [AS_REFERENCED]: true }, select: ID_ONLY })
    for (const key of keys) idByKey.set(key, created.id)
    ids.set(work.key, created.id)
    counts.new++
  }
  return { ids, counts, shortNotesFound }
}
