import type { DatePrecision } from '@/lib/dates'
import type { ScriptCode } from '@/lib/corpus/script'
import type { EraDate } from '@/lib/reconcile/eras'
import type { Locator, ParsedReference } from '@/lib/cite/reference'

/** The segment kinds of the sources collection. */
export type SegmentKind = 'caption' | 'heading' | 'infobox' | 'list-item' | 'note' | 'other' | 'paragraph' | 'quotation' | 'table-row'

export type PlannedSegment = { segmentId: string; kind: SegmentKind; sectionPath: string; text: string; start: number; end: number }

export type FlagKind = 'bad-identifier' | 'citation-needed' | 'dangling-marker' | 'date-mismatch' | 'empty-note' | 'short-note-unresolved' | 'uncited-note' | 'unsourced-paragraph'
export type PlannedFlag = { kind: FlagKind; segmentId: string; marker: null | string; message: string }

/** A bibliographic work as the citations collection stores it; `key` identifies it within the plan. */
export type PlannedCitation = Omit<ParsedReference, 'identifierProblems' | 'locator' | 'quote'> & {
  key: string
  /** The note and bibliography texts the work was read from, as written. */
  note: string
  noteNumbers: number[]
  /** How many markers in the text cite it. */
  uses: number
}

/** One footnote marker in a segment and what it resolved to (null: dangling or empty note). */
export type CiteUse = { segmentId: string; marker: number; citationKey: null | string; locator: Locator | null; quote: null | string }

export type NameKind = 'historic' | 'machine-translation' | 'official' | 'variant'
export type PlannedName = { name: string; language: string; script: ScriptCode; kind: NameKind }
export type PlannedEntity = { kind: 'person' | 'place'; key: string; names: PlannedName[]; evidence: string[] }

export type HistoricalDate = { date: string; precision: DatePrecision; originalText: string }
export type PlannedEvent = { key: string; name: string; start: HistoricalDate; end: HistoricalDate; sectionPath: string }

export type PlannedMap = { title: string; caption: string; originalFileName: null | string; imageStatus: 'missing' | 'none'; segmentId: string }
export type PlannedFigure = { caption: string; fileName: null | string; segmentId: string }

export type InfoboxValueName = 'belligerents' | 'casualties' | 'commanders' | 'date' | 'location' | 'result' | 'strength' | 'territorialChanges'
export type PlannedSide = { belligerents: null | string; commanders: null | string; strength: null | string; casualties: null | string }
/** The article infobox of collections/articles, with the citations of its values in the collection's own shape. */
export type PlannedInfobox = {
  start: HistoricalDate | null
  end: HistoricalDate | null
  location: null | string
  result: null | string
  territorialChanges: null | string
  sides: PlannedSide[]
  citations: { value: InfoboxValueName; side: null | number; citationKey: string; locator: null | string }[]
  /** Rows the article infobox has no field for, kept for the editor. */
  otherRows: { label: string; value: string }[]
}

/** Article body independent of Lexical; lexical.ts turns it into the editor's JSON. */
export type BodyInline = { type: 'text'; text: string } | { type: 'cite'; citationKey: string; locator: Locator | null; quote: null | string } | { type: 'citationNeeded' }
export type BodyNode =
  | { type: 'heading'; level: number; children: BodyInline[] }
  | { type: 'paragraph'; children: BodyInline[] }
  | { type: 'quote'; children: BodyInline[] }
  | { type: 'list'; ordered: boolean; items: BodyInline[][] }

export type ImportPlan = {
  source: {
    title: string
    language: string
    kind: null | string
    machineTranslated: boolean
    translatedFrom: null | string
    public: boolean
    origin: null | { site: string; url: null | string; retrievedAt: string; licence: string; attribution: string }
    rawText: string
    contentHash: string
    segments: PlannedSegment[]
    figures: PlannedFigure[]
    flags: PlannedFlag[]
  }
  citations: PlannedCitation[]
  citeUses: CiteUse[]
  entities: PlannedEntity[]
  /** Wiki link targets with no evidence of being a place or a person; left for editors. */
  unclassifiedLinks: string[]
  events: PlannedEvent[]
  eraDates: (EraDate & { segmentId: string })[]
  maps: PlannedMap[]
  article: { locale: string; title: string; summary: null | string; nativeNames: PlannedName[]; infobox: PlannedInfobox; body: BodyNode[]; publish: boolean }
}
