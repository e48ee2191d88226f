import { languageCodeOf, languageOfName } from '@/lib/corpus/script'
import { readAuthorDate } from './forms/authorDate'
import { readBibliography } from './forms/bibliography'
import { readChicagoNote } from './forms/chicagoNote'
import { readChinese } from './forms/chinese'
import { readLoose } from './forms/loose'
import { readRussian } from './forms/russian'
import { takeIdentifiers } from './identifiers'
import { takeLocator } from './locator'
import { readShortForm } from './shortForm'
import type { ParsedReference } from './types'

export type * from './types'

/** Citation-template error messages and "(help)" links that rendered pages leave in reference text. */
const TEMPLATE_NOISE = /\s*(?:\|\s*\w+=\s*has extra text|Check date values in:\s*\|\s*\w+=|CS1 maint:[^.]*\.?)\s*(?:\(help\)|\(link\))?/g
const IN_LANGUAGE = /\s*[(（](?:in\s+)?([A-Z][a-z]+)[)）]\s*|\s*\(на ([а-я]+) языке\)\s*/
const RUSSIAN_LANGUAGES: Record<string, string> = { русском: 'ru', китайском: 'zh', английском: 'en' }

function emptyReference(language: string): ParsedReference {
  return {
    type: 'book',
    authors: [],
    editors: [],
    title: { original: '', romanized: null, translated: null },
    containerTitle: null,
    edition: null,
    volume: null,
    issue: null,
    publisher: null,
    publisherPlace: null,
    issued: null,
    pages: null,
    isbn: null,
    doi: null,
    url: null,
    archiveUrl: null,
    archive: null,
    accessed: null,
    archiveNote: null,
    identifierProblems: [],
    language,
    locator: null,
    quote: null,
    shortForm: null,
    explanatory: false,
  }
}

/** Which form a reference is written in decides which reader reads it; each returns false when the text is not of its form. */
function readForm(text: string, reference: ParsedReference): void {
  if (/[《〈]/.test(text) || (/\p{Script=Han}/u.test(text) && /\[(?:M|J|C|D|N|EB\/OL)\]/.test(text))) {
    if (readChinese(text, reference)) return
  }
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length
  if (cyrillic > 0 && readRussian(text, reference)) return
  // A reader that fails may have filled some fields: each starts from what was known before any read.
  const before = structuredClone(reference)
  for (const read of [readAuthorDate, readBibliography, readChicagoNote, readLoose]) {
    if (read(text, reference)) return
    Object.assign(reference, structuredClone(before))
  }
}

/**
 * Reads a footnote or bibliography entry into CSL fields: Chicago notes and bibliography, APA,
 * MLA, Harvard, what Wikipedia's citation templates print, Chinese references (《》, dynasty
 * markers, 卷, 出版社, Chinese-numeral and era years, GB/T 7714) and Russian ones (ГОСТ), and
 * short forms pointing at a work cited elsewhere. What cannot be read stays in the note's text.
 */
export function parseReference(noteText: string, documentLanguage: string): ParsedReference {
  const reference = emptyReference(documentLanguage)
  const cleaned = noteText.replace(TEMPLATE_NOISE, ' ').replace(/\s+/g, ' ').trim()
  const { identifiers, rest: withoutIdentifiers } = takeIdentifiers(cleaned)
  Object.assign(reference, {
    isbn: identifiers.isbn,
    doi: identifiers.doi,
    url: identifiers.url,
    archiveUrl: identifiers.archiveUrl,
    accessed: identifiers.accessed,
    archiveNote: identifiers.archiveNote,
    identifierProblems: identifiers.problems,
  })
  let text = withoutIdentifiers
  const inLanguage = IN_LANGUAGE.exec(text)
  const languageCode = inLanguage ? (inLanguage[1] ? languageCodeOf(inLanguage[1]) : RUSSIAN_LANGUAGES[inLanguage[2] ?? ''] ?? null) : null
  if (inLanguage && languageCode) text = text.replace(IN_LANGUAGE, ' ').trim()
  const located = takeLocator(text)
  reference.locator = located.locator
  text = located.rest.replace(/\s+([,.，。])/g, '$1').replace(/^[,.\s]+|[,\s]+$/g, '')

  const short = readShortForm(text, Boolean(reference.locator))
  if (short) {
    reference.shortForm = short.shortForm
    reference.locator ??= short.locator
    if (short.shortForm.kind === 'author') {
      reference.authors = [{ family: short.shortForm.family, given: null, literal: null, romanized: null }]
      reference.issued = short.shortForm.year
      reference.title.original = short.shortForm.shortTitle ?? ''
    }
    if (short.shortForm.kind === 'title') reference.title.original = short.shortForm.shortTitle
  } else if (text) readForm(text, reference)

  if (!reference.title.original && reference.url && !reference.shortForm) {
    reference.type = 'webpage'
    reference.title.original = text.replace(/[.\s]+$/, '') || reference.url.replace(/^https?:\/\//, '')
  }
  const titled = Boolean(reference.title.original) && reference.title.original !== text
  const bibliographic =
    Boolean(reference.shortForm) ||
    (titled && (reference.authors.length > 0 || reference.editors.length > 0 || Boolean(reference.title.translated))) ||
    Boolean(reference.issued || reference.isbn || reference.doi || reference.url || reference.archive || reference.publisher || reference.containerTitle || reference.locator) ||
    /[《〈«]/.test(text)
  if (!bibliographic) {
    Object.assign(reference, { ...emptyReference(documentLanguage), identifierProblems: reference.identifierProblems })
    reference.explanatory = true
    reference.type = 'manuscript'
    reference.title.original = noteText.trim()
  }
  reference.language = languageCode ?? languageOfName(reference.title.original, documentLanguage)
  return reference
}
