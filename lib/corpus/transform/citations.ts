import { dedupKey } from '@/lib/cite/dedup'
import { inlineText } from '@/lib/corpus/parse/inline'
import type { DocumentTree, Note } from '@/lib/corpus/tree'
import { parseReference, type Locator, type ParsedReference } from './references'
import type { ImportPlan, PlannedCitation } from './types'

/** What a note number resolves to: the work it cites (null for an empty note) and the pinpoint of this note. */
export type NoteTarget = { note: Note; citationKey: null | string; locator: Locator | null; quote: null | string }

export type CitationIndex = {
  citations: PlannedCitation[]
  notes: Map<number, NoteTarget>
  invalidIsbns: ImportPlan['invalidIsbns']
}

const yearOf = (reference: ParsedReference) => reference.issued?.slice(0, 4) ?? null
const familyOf = (reference: ParsedReference) => reference.authors[0]?.family ?? reference.authors[0]?.literal ?? null

function keyOf(reference: ParsedReference, fallback: string): { key: string; dedupKey: null | string } {
  const author = reference.authors[0]
  const key = dedupKey({
    isbn: reference.isbn,
    authors: author ? [author.family ?? author.literal ?? ''] : [],
    title: reference.title.original,
    year: yearOf(reference),
  })
  return { key: key ?? fallback, dedupKey: key }
}

/**
 * Works from the note list and the bibliography, one citation per work:
 * notes citing the same work (same ISBN, or same first author, title and year)
 * share it, and a short-form note ("Andrade p. 225") joins the one full
 * reference by that author (and year, when both give one).
 */
export function buildCitations(tree: DocumentTree): CitationIndex {
  const language = tree.metadata.language
  const byKey = new Map<string, PlannedCitation>()
  const notes = new Map<number, NoteTarget>()
  const invalidIsbns: ImportPlan['invalidIsbns'] = []

  const add = (reference: ParsedReference, text: string, fallbackKey: string, noteNumber: null | number): string => {
    const { key, dedupKey: workKey } = keyOf(reference, fallbackKey)
    invalidIsbns.push(...reference.invalidIsbns.map((isbn) => ({ noteNumber, ...isbn })))
    const existing = byKey.get(key)
    if (existing) {
      existing.note = `${existing.note}\n${text}`
      if (noteNumber !== null) existing.noteNumbers.push(noteNumber)
      return key
    }
    const { locator, quote: _quote, shortForm: _shortForm, ...work } = reference
    byKey.set(key, {
      ...work,
      key,
      pages: noteNumber === null && locator?.locatorType === 'page' ? locator.locator : null,
      dedupKey: workKey,
      note: text,
      noteNumbers: noteNumber === null ? [] : [noteNumber],
      uses: 0,
    })
    return key
  }

  const noteList = tree.sections.flatMap((section) => section.blocks).flatMap((block) => (block.kind === 'noteList' ? block.notes : []))
  const parsed = noteList.map((note) => ({ note, reference: note.text ? parseReference(note.text, language) : null }))
  const full = parsed.filter((entry) => entry.reference && !entry.reference.shortForm && !entry.reference.explanatory)

  for (const { note, reference } of parsed) {
    if (!reference) {
      notes.set(note.number, { note, citationKey: null, locator: null, quote: null })
      continue
    }
    const target = reference.shortForm
      ? full.filter(
          (entry) =>
            entry.reference &&
            familyOf(entry.reference) === familyOf(reference) &&
            (!yearOf(reference) || !yearOf(entry.reference) || yearOf(entry.reference) === yearOf(reference)),
        )
      : []
    const citationKey =
      target.length === 1 && target[0]?.reference
        ? add(target[0].reference, note.text, `note:${target[0].note.number}`, note.number)
        : add(reference, note.text, `note:${note.number}`, note.number)
    notes.set(note.number, { note, citationKey, locator: reference.locator, quote: reference.quote })
  }

  for (const section of tree.sections) {
    if (section.role !== 'bibliography') continue
    for (const block of section.blocks) {
      if (block.kind !== 'list') continue
      for (const item of block.items) {
        const text = inlineText(item.content)
        if (text) add(parseReference(text, language), text, `bibliography:${item.start}`, null)
      }
    }
  }
  return { citations: [...byKey.values()], notes, invalidIsbns }
}
