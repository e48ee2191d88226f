import { formatBibliography, formatNotes, toCslItem, type CitationRecord } from '@/lib/cite/format'
import { latestVerification, verificationText } from '@/lib/cite/verification'
import { numberFootnotes, type Footnote, type FootnoteMarker, type FootnoteUse } from '@/lib/footnotes'
import type { Locale } from '@/lib/i18n/locales'
import { relationId } from '@/lib/richtext/walk'
import type { Citation } from '@/payload-types'

/** A cite use anywhere on the page, keyed by where it is rendered (an inline block id or an infobox row id). */
export type PageCite = FootnoteUse & { key: string }

/** `verified`: what a historian's check of the work says ("Verified by a historian against the 1998 edition, pp. 12–40"), or null. */
export type RenderedNote = { number: number; noteId: string; html: string; backLinks: Footnote['backLinks']; quotes: string[]; verified: null | string }

export type References = {
  markerFor: (key: string) => (FootnoteMarker & { previewHtml: string }) | undefined
  notes: RenderedNote[]
  bibliography: string[]
}

/**
 * Numbers the page's cites into footnotes and formats each note and the
 * bibliography with citeproc (Chicago notes-bibliography).
 */
export function buildReferences(cites: PageCite[], works: Map<string, Citation>, locale: Locale, idPrefix?: string): References {
  const usable = cites.filter((cite) => works.has(cite.citationKey))
  const { markers, notes } = numberFootnotes(usable, idPrefix)
  const items = [...new Set(notes.map((note) => note.citationKey))].map((key) => toCslItem(works.get(key) as unknown as CitationRecord, key))
  const noteHtml = formatNotes(
    notes.map((note) => ({ itemId: note.citationKey, locator: note.locator, locatorType: note.locatorType })),
    items,
    { locale },
  )
  const verified = (key: string) => {
    const check = latestVerification(works.get(key)?.verifications)
    return check ? verificationText(check, locale) : null
  }
  const rendered = notes.map((note, index) => ({ number: note.number, noteId: note.noteId, html: noteHtml[index] ?? '', backLinks: note.backLinks, quotes: note.quotes, verified: verified(note.citationKey) }))
  const markerByKey = new Map(usable.map((cite, index) => [cite.key, markers[index]!]))
  const htmlByNote = new Map(rendered.map((note) => [note.noteId, note.html]))
  return {
    markerFor: (key) => {
      const marker = markerByKey.get(key)
      return marker && { ...marker, previewHtml: htmlByNote.get(marker.noteId) ?? '' }
    },
    notes: rendered,
    bibliography: formatBibliography(items, { locale }),
  }
}

/** Citation records populated in an article (depth 1), by id. */
export function worksById(values: unknown[]): Map<string, Citation> {
  const works = new Map<string, Citation>()
  for (const value of values) {
    if (value && typeof value === 'object' && 'title' in value) works.set(relationId(value)!, value as Citation)
  }
  return works
}
