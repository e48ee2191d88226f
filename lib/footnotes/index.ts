/**
 * Footnote numbering for an article page, as a reader of a reference work
 * expects: notes are numbered in order of first use, and a work cited again
 * keeps its number. Its note gets a back-link per use, labelled a, b, c…, and
 * each back-link keeps the locator (page, chapter…) of its use, so the note
 * says where to look for each passage. When every use gives the same locator,
 * the note itself carries it and the formatter prints it in the citation.
 */

export type FootnoteLocatorType = 'chapter' | 'column' | 'folio' | 'line' | 'note' | 'page' | 'section'

/** One cite in document order (infobox uses first when the infobox comes first on the page). */
export type FootnoteUse = {
  citationKey: string
  locator?: null | string
  locatorType?: FootnoteLocatorType | null
  quote?: null | string
}

export type FootnoteMarker = {
  number: number
  /** The id of the marker element: the target of the note's back-link. */
  anchorId: string
  /** The id of the note element: the target of the marker's link. */
  noteId: string
}

export type FootnoteBackLink = {
  anchorId: string
  /** "a", "b", … when the note is used more than once; null for a note used once. */
  label: null | string
  /** The place (page, chapter…) this use cites. */
  locator: null | string
  locatorType: FootnoteLocatorType | null
}

export type Footnote = {
  number: number
  noteId: string
  citationKey: string
  /** The locator every use shares, printed in the citation; null when the uses cite different places. */
  locator: null | string
  locatorType: FootnoteLocatorType | null
  /** The distinct quotations given with this note's uses, in order of use. */
  quotes: string[]
  backLinks: FootnoteBackLink[]
}

export type Footnotes = { markers: FootnoteMarker[]; notes: Footnote[] }

/** a…z, then aa, ab… (bijective base 26, like spreadsheet columns). */
export function backLinkLabel(index: number): string {
  let label = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(97 + ((rest - 1) % 26)) + label
  }
  return label
}

const clean = (text: null | string | undefined) => text?.trim() || null

/** Numbers cites into footnotes; `idPrefix` keeps anchor ids unique when a page shows several numbered texts. */
export function numberFootnotes(uses: readonly FootnoteUse[], idPrefix = 'cite'): Footnotes {
  const notes: Footnote[] = []
  const noteByWork = new Map<string, Footnote>()

  const markers = uses.map((use): FootnoteMarker => {
    const locator = clean(use.locator)
    const locatorType = locator ? (use.locatorType ?? 'page') : null
    let note = noteByWork.get(use.citationKey)
    if (!note) {
      const number = notes.length + 1
      note = { number, noteId: `${idPrefix}-note-${number}`, citationKey: use.citationKey, locator, locatorType, quotes: [], backLinks: [] }
      notes.push(note)
      noteByWork.set(use.citationKey, note)
    }
    const quote = clean(use.quote)
    if (quote && !note.quotes.includes(quote)) note.quotes.push(quote)
    const anchorId = `${idPrefix}-ref-${note.number}-${note.backLinks.length + 1}`
    note.backLinks.push({ anchorId, label: null, locator, locatorType })
    return { number: note.number, anchorId, noteId: note.noteId }
  })

  for (const note of notes) {
    const sameLocator = note.backLinks.every((link) => link.locator === note.locator && link.locatorType === note.locatorType)
    if (!sameLocator) {
      note.locator = null
      note.locatorType = null
    }
    if (note.backLinks.length > 1) note.backLinks.forEach((link, index) => (link.label = backLinkLabel(index)))
  }
  return { markers, notes }
}
