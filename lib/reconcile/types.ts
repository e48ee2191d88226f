/** The languages the checks read. */
export type Language = 'en' | 'zh'

export const LANGUAGES: readonly Language[] = ['en', 'zh']

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value)

/**
 * A piece of text to check: a source's segment or an article paragraph.
 * `kind` is the source segment kind when known; notes (bibliography entries)
 * are read only by the checks that make sense on them. `rawStart`: where a
 * source segment begins in the source's raw text (findings count within their
 * segment; annotations, as W3C text positions, in the whole document).
 */
export type Segment = { id: string; text: string; kind?: string; rawStart?: number }

export type Severity = 'high' | 'medium' | 'low'

export type FindingKind =
  | 'broken-date'
  | 'date-order-fragment'
  | 'year-out-of-range'
  | 'implausible-magnitude'
  | 'headcount-decimals'
  | 'conversion-trace'
  | 'machine-translated-name'
  | 'pinyin-name'
  | 'name-variants'
  | 'lowercase-name'
  | 'truncated-name'
  | 'near-authority-name'
  | 'term-variants'
  | 'stray-punctuation'
  | 'repeated-line'
  | 'breadcrumb'
  | 'leftover-cjk'
  | 'untranslated-word'
  | 'era-mismatch'

export type Message = { en: string; zh: string }

/** One probable defect: `quote` is exactly `segment.text.slice(start, end)`. */
export type Finding = {
  kind: FindingKind
  severity: Severity
  segmentId: string
  start: number
  end: number
  quote: string
  message: Message
  /** The repaired text for [start, end), when it can be computed unambiguously. */
  suggestion?: string
}

/** What a check produces before the segment's text is quoted. */
export type Hit = Omit<Finding, 'quote' | 'segmentId'>
