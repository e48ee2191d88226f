import { issuedOf, YEAR } from './dates'
import { namesEditors, peopleOf } from './names'
import { sentencesOf, stripEnd } from './text'
import type { ParsedReference } from './types'

export const PUBLISHER_WORDS = /\b(?:Press|University|Publishing|Publishers?|Books|Printing|Co\.|Verlag|Norton|Pub|Editions?|Éditions|Brill|Routledge|Macmillan|Penguin|Knopf|Wiley|Springer|Sons|Presse)\b|出版|书局|書局|书社|書社|印书馆|印書館|印刷所|Изд|издательств|Наука/u

const ORDINAL_EDITION = /^(?:(\d+)(?:st|nd|rd|th)|(rev(?:ised)?|new|enl(?:arged)?|repr(?:int)?)\.?)\s+(?:ed(?:ition)?\.?|printing)$/i
const VOLUME = /^(?:vol(?:ume)?s?\.?|Bd\.|т\.|Т\.)\s*([\p{L}\d]+(?:\s*\([^)]*\))?)$/iu
const THESIS = /\b(?:PhD|Ph\.\s?D\.|doctoral|MA|master's)\s+(?:diss(?:ertation)?|thesis)\b\.?,?\s*(.*)$/i
const ARCHIVE = /\b(?:Archives?|Archivum|Library|Bibliothèque|Archiv)\b|архив|档案馆|檔案館|故宫博物院/iu

/** Journal volume, issue and pages as Chicago, APA, MLA and the Wikipedia templates print them. */
const JOURNAL_FORMS: RegExp[] = [
  // Chicago: "Journal of Asian Studies 55, no. 4 (1996): 757–93"
  /^(?<container>.+?)\s+(?<volume>\d+),?\s*(?:no\.\s*(?<issue>[\w/-]+))?\s*\((?<date>[^)]*\d{4})\)(?::\s*(?<pages>[\d–—-]+))?$/,
  // MLA: "Journal of Asian Studies, vol. 55, no. 4, 1996, pp. 757–93"
  /^(?<container>.+?),\s*vol\.\s*(?<volume>\w+)(?:,\s*no\.\s*(?<issue>[\w/-]+))?(?:,\s*(?<date>[^,]*\d{4}))?(?:,\s*pp?\.\s*(?<pages>[\d–—-]+))?$/,
  // APA: "Modern Asian Studies, 30(4), 757–793"
  /^(?<container>.+?),\s*(?<volume>\d+)\s*(?:\((?<issue>[\w/-]+)\))?,\s*(?<pages>\d+\s*[–—-]\s*\d+|\d+)$/,
  // cite journal: "Modern Asian Studies. 30 (4): 757–793" (container sentence before it)
  /^(?<volume>\d+)\s*(?:\((?<issue>[\w/-]+)\))?\s*:\s*(?<pages>[\d–—-]+)$/,
]

/** Reads a piece of a reference as journal volume/issue/pages; true when it was one. */
export function readJournal(piece: string, reference: ParsedReference, previousSentence: null | string = null): boolean {
  for (const form of JOURNAL_FORMS) {
    const groups = form.exec(piece.trim())?.groups
    if (!groups) continue
    const container = groups.container ?? previousSentence
    if (!container) continue
    reference.type = 'article-journal'
    reference.containerTitle = stripEnd(container)
    reference.volume = groups.volume ?? null
    reference.issue = groups.issue ?? null
    reference.pages = groups.pages?.replace(/\s+/g, '') ?? null
    if (groups.date) reference.issued ??= issuedOf(groups.date)
    return true
  }
  return false
}

/** "Cambridge: Cambridge University Press, 1994" / "Cambridge, MA: Belknap Press" / "Harvard University Press, 2005" / "Norton". */
export function readPlacePublisherYear(piece: string, reference: ParsedReference): boolean {
  const text = stripEnd(piece)
  const placed = /^([\p{Lu}][\p{L}. ]+(?:,\s*[\p{Lu}][\p{L}.]{1,12})?)\s*:\s*([^:]+?)(?:,\s*((?:[^,]*\s)?\d{4}[a-z]?))?$/u.exec(text)
  if (reference.publisher) return false
  if (placed?.[1] && placed[2] && !/\d{4}/.test(placed[1])) {
    reference.publisherPlace = placed[1].trim()
    reference.publisher = placed[2].trim()
    if (placed[3]) reference.issued ??= issuedOf(placed[3])
    return true
  }
  const published = /^(.+?)(?:,\s*((?:[^,]*\s)?\d{4}[a-z]?))?$/.exec(text)
  if (published?.[1] && PUBLISHER_WORDS.test(published[1]) && published[1].length < 120) {
    reference.publisher = published[1].replace(/^Published by\s+/i, '').trim()
    if (published[2]) reference.issued ??= issuedOf(published[2])
    return true
  }
  return false
}

/**
 * The sentences after a title: edition, volume, editors and translators, the container of a
 * chapter, journal details, thesis, archive, place and publisher, and the year. What fits none
 * is left: the first such sentence becomes the container when the title was quoted (an article
 * or a web page in its journal or site).
 */
export function readDetails(sentences: string[], reference: ParsedReference, options: { quotedTitle: boolean }): void {
  let unplaced: string[] = []
  sentences.forEach((sentence, index) => {
    const text = stripEnd(sentence)
    if (!text) return
    const edition = ORDINAL_EDITION.exec(text)
    if (edition) {
      reference.edition = edition[1] ?? edition[2]?.toLowerCase().replace(/^rev$/, 'revised') ?? text
      return
    }
    const volume = VOLUME.exec(text)
    if (volume?.[1]) {
      reference.volume = volume[1]
      return
    }
    const editedBy = /^(?:Edited|Ed\.|Compiled)(?: and translated)? by\s+(.+)$/i.exec(text)
    if (editedBy?.[1]) {
      reference.editors.push(...peopleOf(editedBy[1]))
      return
    }
    if (/^(?:Translated|Trans\.) by\s+/i.test(text)) return
    const within = /^In:?\s+(.+)$/.exec(text)
    if (within?.[1]) {
      readContainer(within[1], reference)
      return
    }
    const thesis = THESIS.exec(text)
    if (thesis) {
      reference.type = 'thesis'
      const [university, year] = (thesis[1] ?? '').split(/,\s*(?=\d{4})/)
      reference.publisher = university?.trim() || null
      if (year) reference.issued ??= issuedOf(year)
      return
    }
    if (readJournal(text, reference, index > 0 ? stripEnd(sentences[index - 1] ?? '') : null)) {
      unplaced = unplaced.filter((candidate) => candidate !== stripEnd(sentences[index - 1] ?? ''))
      return
    }
    if (readPlacePublisherYear(text, reference)) return
    if (ARCHIVE.test(text) && !reference.archive) {
      reference.archive = text
      if (reference.type === 'book') reference.type = 'manuscript'
      return
    }
    const yearOnly = new RegExp(`^(?:[^\\d]{0,12}\\s)?${YEAR.source}$`).exec(text) ?? /^\d{1,2}\s+\w+\s+\d{4}$|^\w+\s+\d{1,2},\s*\d{4}$|^\d{4}-\d{2}(?:-\d{2})?$/.exec(text)
    if (yearOnly) {
      reference.issued ??= issuedOf(text)
      return
    }
    unplaced.push(text)
  })
  const [first] = unplaced
  if (first && options.quotedTitle && !reference.containerTitle) {
    reference.containerTitle = first
    if (reference.type === 'book') reference.type = reference.url ? 'webpage' : 'article-journal'
  }
}

/** "Peterson, Willard J. (ed.). The Ch'ing Empire to 1800" / "The Cambridge History of China, edited by Willard J. Peterson, 14–30" / "Smith (ed.), Book". */
export function readContainer(text: string, reference: ParsedReference): void {
  reference.type = 'chapter'
  const editedBy = /^(.+?),\s*(?:edited by|ed\.)\s+(.+?)(?:,\s*(\d+\s*[–—-]\s*\d+))?$/i.exec(text)
  if (editedBy?.[1] && editedBy[2]) {
    reference.containerTitle = stripEnd(editedBy[1])
    reference.editors.push(...peopleOf(editedBy[2]))
    if (editedBy[3]) reference.pages = editedBy[3].replace(/\s+/g, '')
    return
  }
  const editorsFirst = /^(.+?)\s*[(,]?\s*\(?(eds?\.|editors?|ed)\)?[.,]?\s+(.+)$/i.exec(text)
  if (editorsFirst?.[1] && editorsFirst[3] && namesEditors(editorsFirst[2] ?? '')) {
    reference.editors.push(...peopleOf(editorsFirst[1]))
    const [container = '', ...after] = sentencesOf(editorsFirst[3])
    reference.containerTitle = stripEnd(container) || null
    const pagesOnly = /^(?:pp?\.\s*)?(\d+\s*[–—-]\s*\d+)$/
    readDetails(after.filter((piece) => !pagesOnly.test(piece) || !(reference.pages = piece.replace(/^pp?\.\s*/, '').replace(/\s+/g, ''))), reference, { quotedTitle: false })
    return
  }
  reference.containerTitle = stripEnd(text)
}
