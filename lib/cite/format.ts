import CSL from 'citeproc'
import localesDirectory from 'citeproc-locales'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import chicagoFullNote from '@citation/csl-style-chicago-fullnote-bibliography/info.json' with { type: 'json' }

import { spacedInitials } from '@/lib/cite/initials'
import { parsePartialDate } from '@/lib/dates'
import { safeHref } from '@/lib/security/url'

/**
 * Citations formatted by citeproc-js with the official CSL "Chicago Manual of
 * Style 17th edition (full note)" style: a full note on a work's first use, a
 * short note afterwards, and a bibliography sorted the way the style says.
 */

type Text = null | string | undefined

/** A work as the citations collection stores it (collections/citations). */
export type CitationRecord = {
  type: string
  authors?: null | { family?: Text; given?: Text; literal?: Text; romanized?: Text; role?: Text }[]
  title: { original: string; romanized?: Text; translated?: Text }
  containerTitle?: Text
  publisher?: Text
  publisherPlace?: Text
  issued?: Text
  volume?: Text
  issue?: Text
  pages?: Text
  edition?: Text
  language?: Text
  isbn?: Text
  doi?: Text
  url?: Text
  archiveUrl?: Text
  accessed?: Text
  genre?: Text
  archive?: Text
  archiveLocation?: Text
  scale?: Text
}

export type CslName = { family: string; given?: string } | { literal: string }
export type CslDate = { 'date-parts': [number[]] }

/** A CSL-JSON item, as far as the platform fills it. */
export type CslItem = {
  id: string
  type: string
  title: string
  'title-short'?: string
  author?: CslName[]
  editor?: CslName[]
  translator?: CslName[]
  'container-title'?: string
  publisher?: string
  'publisher-place'?: string
  issued?: CslDate
  accessed?: CslDate
  volume?: string
  issue?: string
  page?: string
  edition?: string
  language?: string
  ISBN?: string
  DOI?: string
  URL?: string
  genre?: string
  archive?: string
  archive_location?: string
  scale?: string
}

export type LocatorType = 'chapter' | 'column' | 'folio' | 'line' | 'note' | 'page' | 'section'

/** One use of a work in the text, in document order. */
export type CiteUse = { itemId: string; locator?: Text; locatorType?: LocatorType | null }

export type FormatOptions = { locale?: 'en' | 'zh' }

const HAN = /\p{Script=Han}/u

/** Types whose title the style sets in italics: a bracketed translation inside is flipped back to roman with <i>. */
const ITALIC_TITLE_TYPES = new Set(['book', 'map'])

const present = (value: Text): string | undefined => value?.trim() || undefined

function cslName(author: NonNullable<CitationRecord['authors']>[number]): CslName | null {
  const family = present(author.family)
  const written = present(author.given)
  const given = written && !HAN.test(written) ? spacedInitials(written) : written
  const literal = present(author.literal)
  // A name first written in Han characters is Chinese: Chicago gives its romanization in Chinese order, then the
  // characters ("Wei Yuan 魏源"), never inverted. Names of other scripts are cited in their romanized form.
  if (literal && HAN.test(literal)) {
    const romanized = present(author.romanized) ?? (family && !HAN.test(family) ? [family, given].filter(Boolean).join(' ') : undefined)
    if (romanized) return { literal: `${romanized} ${literal}` }
    return family ? { family, given } : { literal }
  }
  if (family) return { family, given }
  const name = literal ?? present(author.romanized)
  return name ? { literal: name } : null
}

function cslDate(text: Text): CslDate | undefined {
  const date = text ? parsePartialDate(text.slice(0, 10)) : null
  if (!date) return undefined
  const parts = [date.year, date.month, date.day].filter((part): part is number => part !== undefined)
  return { 'date-parts': [parts] }
}

/**
 * A citation record as CSL-JSON. Names: family/given when the record has them
 * (citeproc keeps Han-script names uninverted and unspaced, 马大正); a Chinese
 * name with a romanization as "Wei Yuan 魏源"; otherwise the name as written.
 * Title, as Chicago cites non-English works: the romanized form, the original
 * script, then the translation in brackets and roman type; `title-short`
 * drops the translation for short notes.
 */
export function toCslItem(record: CitationRecord, id: string): CslItem {
  const original = record.title.original.trim()
  const romanized = present(record.title.romanized)
  const translated = present(record.title.translated)
  const titleProper = romanized && romanized !== original ? `${romanized} ${original}` : original
  const bracketed = translated && `<span class="nocase">[${translated}]</span>`
  const title = bracketed ? `${titleProper} ${ITALIC_TITLE_TYPES.has(record.type) ? `<i>${bracketed}</i>` : bracketed}` : titleProper

  const item: CslItem = { id, type: record.type, title }
  if (bracketed) item['title-short'] = titleProper

  // A record without authors has none to file; anything nameless is skipped below anyway.
  for (const author of record.authors ?? []) {
    const name = cslName(author)
    if (!name) continue
    const role = author.role === 'editor' || author.role === 'translator' ? author.role : 'author'
    ;(item[role] ??= []).push(name)
  }

  const assign = <K extends keyof CslItem>(key: K, value: CslItem[K] | undefined) => {
    if (value !== undefined) item[key] = value
  }
  assign('container-title', present(record.containerTitle))
  assign('publisher', present(record.publisher))
  assign('publisher-place', present(record.publisherPlace))
  assign('issued', cslDate(record.issued))
  assign('volume', present(record.volume))
  assign('issue', present(record.issue))
  assign('page', present(record.pages))
  assign('edition', present(record.edition))
  // Without a language the style title-cases a romanized Chinese title (Shengwu Ji); Chicago keeps it in sentence case.
  assign('language', present(record.language) ?? (HAN.test(original) ? 'zh' : undefined))
  assign('ISBN', present(record.isbn))
  assign('DOI', present(record.doi))
  // Chicago prints one URL; the archived copy stands in when the live one is not recorded.
  // Only an address lib/security/url allows reaches the formatted note (citeproc may make it a link).
  assign('URL', safeHref(record.url) ?? safeHref(record.archiveUrl))
  assign('accessed', cslDate(record.accessed))
  assign('genre', present(record.genre))
  assign('archive', present(record.archive))
  assign('archive_location', present(record.archiveLocation))
  assign('scale', present(record.scale))
  return item
}

const localeXml = new Map<string, string>()

function retrieveLocale(lang: string): string {
  const tag = lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US'
  let xml = localeXml.get(tag)
  // A cache only: reading the file every time gives the same text.
  if (!xml) {
    xml = readFileSync(path.join(localesDirectory, `locales-${tag}.xml`), 'utf8')
    // A Chinese note leaves an unknown date out rather than printing 不详 ("unknown") in every note and entry.
    if (tag === 'zh-CN') xml = xml.replace(/<term name="no date"( form="short")?>[^<]*<\/term>/g, '<term name="no date"$1></term>')
    localeXml.set(tag, xml)
  }
  return xml
}

/**
 * The reading pages allow no inline styles (Content-Security-Policy
 * `style-src 'self'`), and citeproc's HTML marks roman type inside an italic
 * title, small capitals and the like with style attributes, which the browser
 * would then drop. Its HTML format gets classes for them instead, defined in
 * the site's stylesheet (`.csl-roman`, …); italic, bold, sup and sub are elements already.
 */
const CLASS_OF_DECORATION: Record<string, string> = {
  '@font-style/normal': 'csl-roman',
  '@font-variant/small-caps': 'csl-small-caps',
  '@font-variant/normal': 'csl-normal-variant',
  '@font-weight/normal': 'csl-normal-weight',
  '@text-decoration/none': 'csl-no-decoration',
  '@text-decoration/underline': 'csl-underline',
  '@vertical-align/baseline': 'csl-baseline',
}
const htmlFormat = CSL.Output.Formats.html!
for (const [decoration, className] of Object.entries(CLASS_OF_DECORATION)) htmlFormat[decoration] = `<span class="${className}">%%STRING%%</span>`

let parsedStyle: unknown
/** The style parsed once; each engine gets its own copy because citeproc annotates the tree it is given. */
function chicagoStyle(): unknown {
  parsedStyle ??= CSL.parseXml(chicagoFullNote.content)
  return structuredClone(parsedStyle)
}

function createEngine(items: readonly CslItem[], options: FormatOptions) {
  const byId = new Map(items.map((item) => [item.id, item]))
  const retrieveItem = (id: string) => {
    const item = byId.get(id)
    if (!item) throw new Error(`No citation item "${id}" was given to format.`)
    return item
  }
  // forceLang: the page's language decides the terms, not each item's (en-US is also citeproc's default).
  return new CSL.Engine({ retrieveLocale, retrieveItem }, chicagoStyle(), options.locale === 'zh' ? 'zh-CN' : 'en-US', true)
}

/**
 * Footnotes as HTML, one per use and in the same order: each use is its own
 * note, so a work's first note is full and later ones short; a note right
 * after one citing the same work gives only author and locator (Chicago 17
 * prefers that to "ibid.").
 */
export function formatNotes(uses: readonly CiteUse[], items: readonly CslItem[], options: FormatOptions = {}): string[] {
  // Shortcut: an engine given no citations also returns none.
  if (!uses.length) return []
  const engine = createEngine(items, options)
  const citations = uses.map((use, index) => {
    const locator = present(use.locator)
    // citeproc needs unique ids and increasing note numbers; which ones does not change the text.
    return {
      citationID: `note-${index + 1}`,
      // Without a type a locator is a page, as citeproc would also assume.
      citationItems: [locator ? { id: use.itemId, locator, label: use.locatorType ?? 'page' } : { id: use.itemId }],
      properties: { noteIndex: index + 1 },
    }
  })
  // 'html' is citeproc's default output format too; said here because the site renders these strings as HTML.
  return engine.rebuildProcessorState(citations, 'html').map(([, , html]) => html)
}

const ENTRY_WRAPPER = /^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/

/** Bibliography entries as HTML (without citeproc's wrapping div), in the style's order: author, then title. */
export function formatBibliography(items: readonly CslItem[], options: FormatOptions = {}): string[] {
  return [...formatBibliographyById(items, options).values()]
}

/** Each item's bibliography entry as HTML by the item's id, in the style's order; one engine formats them all. */
export function formatBibliographyById(items: readonly CslItem[], options: FormatOptions = {}): Map<string, string> {
  // Shortcuts: citeproc gives no entries for no items; every entry it makes has the wrapper.
  if (!items.length) return new Map()
  const engine = createEngine(items, options)
  engine.updateItems(items.map((item) => item.id))
  const bibliography = engine.makeBibliography()
  if (!bibliography) return new Map()
  const [meta, entries] = bibliography
  return new Map(entries.map((entry, index) => [String(meta.entry_ids[index]?.[0]), ENTRY_WRAPPER.exec(entry)?.[1] ?? entry.trim()]))
}

export type WorkPreview = { note: string; shortNote: string; bibliography: string }

/**
 * A single work as the site would print it: its first (full) note, a later
 * (short) note and its bibliography entry, through the same toCslItem and
 * citeproc engine as an article's references. What the work form previews.
 */
export function previewWork(record: CitationRecord, options: FormatOptions = {}): WorkPreview {
  const item = toCslItem(record, 'preview')
  // A note of another work in between: right after its own full note the style would shorten to "Ibid."-like author-only form.
  const between: CslItem = { id: 'between', type: 'book', title: 'Between' }
  const [note = '', , shortNote = ''] = formatNotes([{ itemId: item.id }, { itemId: between.id }, { itemId: item.id }], [item, between], options)
  const [bibliography = ''] = formatBibliography([item], options)
  return { note, shortNote, bibliography }
}
