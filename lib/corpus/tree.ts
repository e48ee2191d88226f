import type { PartialDate } from '@/lib/dates'

/**
 * The one normalized document tree every input format is parsed into.
 * Offsets (`start`, `end`) always index the untouched raw text, so segments
 * cut from the tree point back into exactly what was imported.
 */

export type DocumentFormat = 'html' | 'markdown' | 'text'

/** A character range [start, end) of the raw text. */
export type Span = { start: number; end: number }

export type TextInline = { type: 'text'; text: string }
/** A footnote reference such as `[3]`, `\[3\]` or `<sup>[3]</sup>`. */
export type FootnoteMarker = { type: 'footnoteMarker'; number: number }
/** A link to a wiki page; `target` is the normalized page title, so both link forms of one page compare equal. */
export type WikiLink = { type: 'wikiLink'; target: string; language: string; label: string }
export type CitationNeededInline = { type: 'citationNeeded' }
export type ImageRef = { type: 'imageRef'; fileName: string }
export type Inline = CitationNeededInline | FootnoteMarker | ImageRef | TextInline | WikiLink

/** A year range written in a heading: "1652–1689: …", "Albazin (1685–1686)". */
export type HeadingDates = { start: PartialDate; end: PartialDate; originalText: string }

export type Paragraph = Span & { kind: 'paragraph'; content: Inline[] }
export type Heading = Span & { kind: 'heading'; level: number; text: string; dates: HeadingDates | null }
/** `number` is the written number of an ordered list's item (note lists are matched to markers by it). */
export type ListItem = Span & { depth: number; number: null | number; content: Inline[] }
export type List = Span & { kind: 'list'; ordered: boolean; items: ListItem[] }
/** One infobox row; a row of a multi-party conflict has one value per side (column). */
export type InfoboxRow = Span & { label: string; sides: Inline[][] }
export type Infobox = Span & { kind: 'infobox'; rows: InfoboxRow[] }
export type TableRow = Span & { cells: Inline[][] }
export type Table = Span & { kind: 'table'; rows: TableRow[] }
export type Caption = Span & { kind: 'caption'; text: string; fileName: null | string }
export type Quotation = Span & { kind: 'quotation'; content: Inline[] }
/**
 * One numbered note. `backlinks` are the labels a reused note carries in front
 * of its text ("1 2 3" or "a b c"); empty for a note cited once.
 */
export type Note = Span & { number: number; content: Inline[]; text: string; backlinks: string[] }
export type NoteList = Span & { kind: 'noteList'; notes: Note[] }

export type Block = Caption | Heading | Infobox | List | NoteList | Paragraph | Quotation | Table

/**
 * What a section is for: the article proper, or the back matter a wiki page
 * carries (see-also lists, summaries of neighbouring articles, references).
 */
export type SectionRole = 'bibliography' | 'body' | 'notes' | 'related' | 'see-also'

export type Section = {
  /** The headings from the top of the document down to this section; empty for the lead. */
  headingPath: string[]
  role: SectionRole
  /** The section's own heading first (absent for the lead), then its content. */
  blocks: Block[]
}

export type DocumentMetadata = {
  title: string
  /** Given by the caller, else detected from the characters of the text. */
  language: string
  /** A one-line description printed under the title ("18th-century expulsion of …"). */
  description: null | string
  /** The site named in a breadcrumb trail above the title. */
  siteName: null | string
  categories: string[]
}

export type DocumentTree = { format: DocumentFormat; metadata: DocumentMetadata; sections: Section[] }
