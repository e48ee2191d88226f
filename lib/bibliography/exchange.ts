import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'

import type { CitationRecord } from '@/lib/cite/format'
import { checkIsbn } from '@/lib/cite/isbn'

/**
 * Works cited in and out as BibTeX, RIS and CSL-JSON. Reading and writing the
 * formats is citation-js's (its BibTeX grammar names the line of a syntax
 * error); this module maps its CSL-JSON to and from the citations collection's
 * records and refuses what would not make a record, naming the line or field.
 */

export const EXCHANGE_FORMATS = ['bibtex', 'ris', 'csl-json'] as const
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number]

export const isExchangeFormat = (value: unknown): value is ExchangeFormat => EXCHANGE_FORMATS.includes(value as ExchangeFormat)

/** Input the user must correct: the message names the line, entry or field. */
export class ExchangeInputError extends Error {}

type Csl = Record<string, unknown>

// Unicode as written: the default ASCII-only output turns Han and Cyrillic into broken LaTeX escapes (biblatex and biber read UTF-8).
plugins.config.get('@bibtex').format.asciiOnly = false

/** A record as the citations collection stores it, as far as exchange formats carry it. */
export type ExchangeRecord = Omit<CitationRecord, 'authors'> & { authors: NonNullable<CitationRecord['authors']> }

/** Which format a pasted text is in, from its first meaningful characters. */
export function detectFormat(text: string): ExchangeFormat | null {
  const start = text.trimStart()
  if (start.startsWith('@')) return 'bibtex'
  if (/^TY {2}- /m.test(start) && /^[A-Z][A-Z0-9] {2}-/.test(start)) return 'ris'
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json'
  return null
}

const lineOf = (text: string, position: number) => text.slice(0, position).split('\n').length

function checkRis(text: string) {
  let open = false
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return
    const tag = /^([A-Z][A-Z0-9]) {2}-(?: |$)/.exec(line)?.[1]
    if (!tag) throw new ExchangeInputError(`RIS line ${index + 1}: “${line.slice(0, 60)}” is not a tag line (two capitals or a capital and a digit, two spaces, a hyphen).`)
    if (tag === 'TY') {
      if (open) throw new ExchangeInputError(`RIS line ${index + 1}: a record starts (TY) before the previous one ended (ER).`)
      open = true
    } else if (!open) throw new ExchangeInputError(`RIS line ${index + 1}: the tag ${tag} is outside a record (records start with TY and end with ER).`)
    if (tag === 'ER') open = false
  })
  if (open) throw new ExchangeInputError('RIS: the last record has no end (ER  - ).')
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1]
    const where = position === undefined ? '' : ` line ${lineOf(text, Number(position))}`
    throw new ExchangeInputError(`CSL-JSON${where}: ${(error as Error).message}`)
  }
}

/** The CSL-JSON items of a BibTeX, RIS or CSL-JSON text (the format given, or detected), in order; refuses malformed input naming where. */
export async function readBibliography(text: string, given: ExchangeFormat | null = null): Promise<Csl[]> {
  const format = given ?? detectFormat(text)
  if (!text.trim()) throw new ExchangeInputError('Paste or upload BibTeX, RIS or CSL-JSON: the text is empty.')
  if (!format) throw new ExchangeInputError('The text is not BibTeX (starts with @), RIS (TY  - …) or CSL-JSON (starts with [ or {).')
  let items: Csl[]
  if (format === 'csl-json') {
    const parsed = parseJson(text)
    const list = Array.isArray(parsed) ? parsed : [parsed]
    list.forEach((item, index) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) throw new ExchangeInputError(`CSL-JSON item ${index + 1}: an item is an object with "type" and "title".`)
      for (const field of ['type', 'title'] as const) {
        if (typeof (item as Csl)[field] !== 'string' || !String((item as Csl)[field]).trim()) throw new ExchangeInputError(`CSL-JSON item ${index + 1}: the field "${field}" is missing or not text.`)
      }
    })
    items = await plugins.input.chainAsync(list, { forceType: '@csl/list+object', generateGraph: false })
  } else {
    if (format === 'ris') checkRis(text)
    try {
      items = await plugins.input.chainAsync(text, { forceType: format === 'bibtex' ? '@biblatex/text' : '@ris/file', generateGraph: false })
    } catch (error) {
      // citation-js's grammar says where: "expected "rbrace", got "identifier" at line 3 col 15:" and an excerpt.
      throw new ExchangeInputError(`${format === 'bibtex' ? 'BibTeX' : 'RIS'}: ${(error as Error).message.split('\n')[0]?.replace(/:$/, '')}`)
    }
  }
  if (!items.length) throw new ExchangeInputError(`No ${format === 'bibtex' ? 'BibTeX entries' : format === 'ris' ? 'RIS records' : 'items'} found in the text.`)
  return items
}

/** CSL types the collection has, and where the others go. */
const TYPE_OF: Record<string, string> = {
  book: 'book',
  chapter: 'chapter',
  'paper-conference': 'chapter',
  'article-journal': 'article-journal',
  article: 'article-journal',
  'article-magazine': 'article-journal',
  'entry-encyclopedia': 'entry-encyclopedia',
  entry: 'entry-encyclopedia',
  'entry-dictionary': 'entry-encyclopedia',
  webpage: 'webpage',
  'post-weblog': 'webpage',
  post: 'webpage',
  thesis: 'thesis',
  report: 'report',
  manuscript: 'manuscript',
  map: 'map',
  'article-newspaper': 'article-newspaper',
  dataset: 'dataset',
}
const LANGUAGES = new Set(['en', 'zh', 'ru', 'kk', 'xal', 'mnc', 'ug', 'und'])

const str = (value: unknown): null | string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() || null : null)
const pad = (value: number) => String(value).padStart(2, '0')

function dateText(value: unknown): null | string {
  const parts = (value as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]
  const numbers = (parts ?? []).map(Number).filter((part) => Number.isInteger(part))
  if (numbers[0] !== undefined) return [String(numbers[0]).padStart(4, '0'), ...numbers.slice(1, 3).map(pad)].join('-')
  const raw = str((value as { raw?: unknown; literal?: unknown } | undefined)?.raw) ?? str((value as { literal?: unknown } | undefined)?.literal)
  return raw ? (/\b\d{4}\b/.exec(raw)?.[0] ?? null) : null
}

type Name = { family?: unknown; given?: unknown; literal?: unknown }
const names = (value: unknown, role: 'author' | 'editor' | 'translator'): ExchangeRecord['authors'] =>
  (Array.isArray(value) ? (value as Name[]) : []).flatMap((name): ExchangeRecord['authors'] => {
    const family = str(name.family)
    const literal = str(name.literal)
    if (family) return [{ family, given: str(name.given), role }]
    return literal ? [{ literal, role }] : []
  })

/** What to call an item in messages: its key and title. */
export const itemLabel = (item: Csl, index: number) => `${str(item['citation-key']) ?? str(item.id) ?? `item ${index + 1}`}${str(item.title) ? ` (“${str(item.title)}”)` : ''}`

/** A CSL-JSON item as a citations record; refuses an item the collection would not take, naming the field. */
export function cslToRecord(item: Csl, index: number): ExchangeRecord {
  const label = itemLabel(item, index)
  const title = str(item.title)
  if (!title) throw new ExchangeInputError(`${label}: the title is missing.`)
  const isbnText = str(item.ISBN)?.split(/[\s,;]+/)[0] ?? null
  if (isbnText) {
    const check = checkIsbn(isbnText)
    if (!check.ok) throw new ExchangeInputError(`${label}: ISBN ${isbnText}: ${check.reason}`)
  }
  const doi = str(item.DOI)?.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '') ?? null
  if (doi && !/^10\.\d{4,9}\/\S+$/.test(doi)) throw new ExchangeInputError(`${label}: DOI ${doi} does not look like 10.1234/abc.`)
  const language = str(item.language)?.toLowerCase().split(/[-_]/)[0] ?? null
  return {
    type: TYPE_OF[str(item.type) ?? ''] ?? 'book',
    authors: [...names(item.author, 'author'), ...names(item.editor, 'editor'), ...names(item.translator, 'translator')],
    title: { original: title, translated: null, romanized: null },
    containerTitle: str(item['container-title']),
    publisher: str(item.publisher),
    publisherPlace: str(item['publisher-place']),
    issued: dateText(item.issued),
    volume: str(item.volume),
    issue: str(item.issue),
    pages: str(item.page),
    edition: str(item.edition),
    language: language && LANGUAGES.has(language) ? language : null,
    isbn: isbnText,
    doi,
    url: str(item.URL),
    accessed: dateText(item.accessed),
    genre: str(item.genre),
    archive: str(item.archive),
    archiveLocation: str(item.archive_location),
    scale: str(item.scale),
  }
}

const dateParts = (text: null | string | undefined) => {
  const parts = (text ?? '').slice(0, 10).split('-').map(Number).filter((part) => Number.isInteger(part) && part > 0)
  return parts.length ? { 'date-parts': [parts] } : undefined
}

/** A citations record as a CSL-JSON item for exchange: the title as written, names as recorded (not as a style prints them). */
export function recordToCsl(record: ExchangeRecord, id: string): Csl {
  const item: Csl = { id, 'citation-key': id, type: record.type, title: record.title.original }
  for (const author of record.authors) {
    const role = author.role === 'editor' || author.role === 'translator' ? author.role : 'author'
    const name = author.family ? { family: author.family, ...(author.given ? { given: author.given } : {}) } : author.literal || author.romanized ? { literal: author.literal || author.romanized } : null
    if (name) ((item[role] as unknown[] | undefined) ?? (item[role] = [])).push(name)
  }
  const assign = (key: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== '') item[key] = value
  }
  assign('container-title', record.containerTitle)
  assign('publisher', record.publisher)
  assign('publisher-place', record.publisherPlace)
  assign('issued', dateParts(record.issued))
  assign('volume', record.volume)
  assign('issue', record.issue)
  assign('page', record.pages)
  assign('edition', record.edition)
  assign('language', record.language)
  assign('ISBN', record.isbn)
  assign('DOI', record.doi)
  assign('URL', record.url)
  assign('accessed', dateParts(record.accessed))
  assign('genre', record.genre)
  assign('archive', record.archive)
  assign('archive_location', record.archiveLocation)
  assign('scale', record.scale)
  return item
}

/** Readable citation keys (family name and year, a/b/c when two clash) for records in order; ASCII, as BibTeX readers expect. */
export function citationKeys(records: ExchangeRecord[]): string[] {
  const seen = new Map<string, number>()
  return records.map((record) => {
    const first = record.authors[0]
    const name = (first?.family ?? first?.romanized ?? first?.literal ?? record.title.original.split(/\s+/)[0] ?? 'work').normalize('NFKD').replace(/[^A-Za-z0-9]/g, '')
    const base = `${name || 'work'}${record.issued?.slice(0, 4) ?? ''}`
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count ? `${base}${String.fromCharCode(97 + ((count - 1) % 26))}${count > 26 ? count : ''}` : base
  })
}

/** Records as BibTeX, RIS or CSL-JSON text. */
export function writeBibliography(records: ExchangeRecord[], format: ExchangeFormat): string {
  const keys = citationKeys(records)
  const items = records.map((record, index) => recordToCsl(record, keys[index]!))
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`
  if (!items.length) return ''
  return new Cite(items, { generateGraph: false }).format(format === 'bibtex' ? 'bibtex' : 'ris', { format: 'text' })
}
