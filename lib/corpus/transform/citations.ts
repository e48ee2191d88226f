import { referenceKeys } from '@/lib/cite/dedup'
import { parseReference, type IdentifierProblem, type Locator, type ParsedReference } from '@/lib/cite/reference'
import { resolveShortForm } from '@/lib/cite/shortForms'
import { inlineText } from '@/lib/corpus/parse/inline'
import type { DocumentTree, Note } from '@/lib/corpus/tree'
import type { PlannedCitation } from './types'

/** What a note number resolves to: the work it cites (null for an empty note) and the pinpoint of this note. */
export type NoteTarget = { note: Note; citationKey: null | string; locator: Locator | null; quote: null | string }

/** Where a reference was read: a note (by number) or a bibliography entry (by offset in the raw text). */
export type ReferencePlace = { noteNumber: null | number; start: number }

export type CitationIndex = {
  citations: PlannedCitation[]
  notes: Map<number, NoteTarget>
  /** ISBNs and DOIs written wrong, as written, with where they were. */
  identifierProblems: (IdentifierProblem & ReferencePlace)[]
  /** Short notes ("Kang 2013") that name no work the document cites in full; the import looks in the database. */
  unresolvedShortNotes: (ReferencePlace & { citationKey: string; text: string })[]
}

type Entry = { reference: ParsedReference; text: string; place: ReferencePlace }

/**
 * Works from the note list and the bibliography, one citation per work: references to the same
 * work (same ISBN in either form, same DOI, or same author, title and year) share it; a short
 * note (Ibid., 同上, "Kang 2013", "Andrade p. 225", "Perdue, China Marches West, 45") joins the
 * one full reference in the document it points at, its locator kept on the use.
 */
export function buildCitations(tree: DocumentTree): CitationIndex {
  const language = tree.metadata.language
  const citations: PlannedCitation[] = []
  const keyOfMatch = new Map<string, PlannedCitation>()
  const notes = new Map<number, NoteTarget>()
  const identifierProblems: CitationIndex['identifierProblems'] = []
  const unresolvedShortNotes: CitationIndex['unresolvedShortNotes'] = []

  const noteTexts = new Map<PlannedCitation, Set<string>>()
  const keysOf = new Map<ParsedReference, string[]>()
  // `work` is the full reference the citation is made from; `readAt` the note that cites it (a short note cites a reference read elsewhere).
  const add = (work: Entry, fallbackKey: string, readAt: Omit<Entry, 'reference'> = work): string => {
    const { reference } = work
    const { text, place } = readAt
    const keys = keysOf.get(reference) ?? referenceKeys(reference)
    keysOf.set(reference, keys)
    const { locator, quote: _quote, shortForm, identifierProblems: _problems, ...fields } = reference
    // The page range a bibliography entry gives is the work's (an article's pages); in a note it is the pinpoint of that use.
    const pages = fields.pages ?? (work.place.noteNumber === null && locator?.locatorType === 'page' ? locator.locator : null)
    const existing = keys.map((key) => keyOfMatch.get(key)).find(Boolean)
    if (existing) {
      existing.pages ??= pages
      const texts = noteTexts.get(existing) ?? new Set([existing.note])
      noteTexts.set(existing, texts)
      if (!texts.has(text)) {
        texts.add(text)
        existing.note = `${existing.note}\n${text}`
      }
      if (place.noteNumber !== null) existing.noteNumbers.push(place.noteNumber)
      for (const key of keys) keyOfMatch.set(key, existing)
      return existing.key
    }
    const citation: PlannedCitation = {
      ...fields,
      // Only a short note no full reference answers has no title of its own (a full one's is at least its text): it keeps its words until an editor links it (it is flagged).
      title: fields.title.original ? fields.title : { ...fields.title, original: text },
      // Stryker disable next-line LogicalOperator: the key only names the work inside the plan (the import maps it to a record id); any unique string serves.
      key: keys[0] ?? fallbackKey,
      pages,
      shortForm,
      note: text,
      noteNumbers: place.noteNumber === null ? [] : [place.noteNumber],
      uses: 0,
    }
    citations.push(citation)
    for (const key of keys.length ? keys : [fallbackKey]) keyOfMatch.set(key, citation)
    return citation.key
  }

  // Parsing is pure: a note repeated word for word (the same work and page) is read once.
  const parsed = new Map<string, ParsedReference>()
  // Stryker disable next-line LogicalOperator: a cache; parsing again gives the same reference.
  const read = (text: string) => parsed.get(text) ?? parsed.set(text, parseReference(text, language)).get(text) ?? parseReference(text, language)
  const noteList = tree.sections.flatMap((section) => section.blocks).flatMap((block) => (block.kind === 'noteList' ? block.notes : []))
  const bibliography: Entry[] = tree.sections
    .filter((section) => section.role === 'bibliography')
    .flatMap((section) => section.blocks)
    .flatMap((block) => (block.kind === 'list' ? block.items : []))
    .flatMap((item) => {
      const text = inlineText(item.content)
      return text ? [{ reference: read(text), text, place: { noteNumber: null, start: item.start } }] : []
    })
  const parsedNotes = noteList.map((note) => ({ note, entry: note.text ? { reference: read(note.text), text: note.text, place: { noteNumber: note.number, start: note.start } } : null }))
  const full = [...parsedNotes.flatMap(({ entry }) => (entry && !entry.reference.shortForm && !entry.reference.explanatory ? [entry] : [])), ...bibliography]

  let previous: Entry | null = null
  for (const { note, entry } of parsedNotes) {
    if (!entry) {
      notes.set(note.number, { note, citationKey: null, locator: null, quote: null })
      continue
    }
    identifierProblems.push(...entry.reference.identifierProblems.map((problem) => ({ ...problem, ...entry.place })))
    const { shortForm } = entry.reference
    const target: Entry | null = shortForm ? (shortForm.kind === 'ibid' ? previous : resolveShortForm(shortForm, full, (candidate) => candidate.reference)) : entry
    let citationKey: string
    if (target && target !== entry) citationKey = add(target, `note:${note.number}`, { text: note.text, place: entry.place })
    else {
      citationKey = add(entry, `note:${note.number}`)
      if (shortForm) unresolvedShortNotes.push({ ...entry.place, citationKey, text: note.text })
    }
    if (!entry.reference.explanatory) previous = target ?? entry
    notes.set(note.number, { note, citationKey, locator: entry.reference.locator, quote: entry.reference.quote })
  }
  for (const entry of bibliography) {
    identifierProblems.push(...entry.reference.identifierProblems.map((problem) => ({ ...problem, ...entry.place })))
    add(entry, `bibliography:${entry.place.start}`)
  }
  return { citations, notes, identifierProblems, unresolvedShortNotes }
}
