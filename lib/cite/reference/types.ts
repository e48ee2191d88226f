/** The locator types of the cite inline block (fields/richText/blocks LOCATOR_TYPES). */
export type LocatorType = 'chapter' | 'folio' | 'page' | 'section'
export type Locator = { locatorType: LocatorType; locator: string }

/** A person as CSL names one, with the name as written in its own script kept beside the romanization. */
export type CitationAuthor = {
  family: null | string
  given: null | string
  /** The name as written when it is not split (Chinese names, organisations) or its original script (Cyrillic). */
  literal: null | string
  romanized: null | string
}

/** A dynasty marker before a Chinese author (〔清〕魏源 → "清"), kept apart from the name. */
export type ReferencePerson = CitationAuthor & { dynasty?: null | string }

/** An identifier as written that did not validate: kept, and flagged on the source. */
export type IdentifierProblem = { kind: 'doi' | 'isbn'; text: string; reason: string }

export type ReferenceType = 'article-journal' | 'article-newspaper' | 'book' | 'chapter' | 'manuscript' | 'thesis' | 'webpage'

/** What one note or bibliography entry says about the work it cites, in CSL fields, before works are deduplicated. */
export type ParsedReference = {
  type: ReferenceType
  authors: ReferencePerson[]
  editors: ReferencePerson[]
  title: { original: string; romanized: null | string; translated: null | string }
  /** The journal, the edited book a chapter is in, the website. */
  containerTitle: null | string
  edition: null | string
  volume: null | string
  issue: null | string
  publisher: null | string
  publisherPlace: null | string
  /** YYYY[-MM[-DD]] */
  issued: null | string
  /** The page range of an article or chapter (part of the work), not a note's pinpoint. */
  pages: null | string
  /** ISBN-13, hyphenated, when a valid one is written. */
  isbn: null | string
  /** Lower-case DOI (10.xxxx/…), when a well-formed one is written. */
  doi: null | string
  url: null | string
  archiveUrl: null | string
  /** The repository and call number of an archival document ("National Archives, Kew, FO 17/123"). */
  archive: null | string
  /** YYYY-MM-DD the page was retrieved. */
  accessed: null | string
  /** "Archived 2014-05-23 at the Wayback Machine": what a rendered page says of an archived copy. */
  archiveNote: null | string
  identifierProblems: IdentifierProblem[]
  language: string
  /** The pinpoint this note gives (a page, a chapter): it belongs to the use, not the work. */
  locator: Locator | null
  /** Prose the note adds around the work (a quoted remark), kept with the use. */
  quote: null | string
  /** A short note pointing at a work cited in full elsewhere; see ShortForm. */
  shortForm: ShortForm | null
  /** A note of prose that names no work; it is still citable, as a note. */
  explanatory: boolean
}

/**
 * "Kang 2013", "Andrade p. 225", "March, chapter 5", "Perdue, China Marches West, 45",
 * "Ibid.", "同上", "前揭《…》": which work is meant is decided by the document (or the database).
 */
export type ShortForm =
  | { kind: 'ibid' }
  | { kind: 'author'; family: string; year: null | string; shortTitle: null | string }
  | { kind: 'title'; shortTitle: string }
