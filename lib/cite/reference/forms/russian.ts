import { issuedOf } from '../dates'
import { peopleOf, personOf } from '../names'
import type { ParsedReference } from '../types'

/** Abbreviated places of Russian imprints (ГОСТ 7.0.12): М. Москва, Л. Ленинград, СПб. Санкт-Петербург… */
const PLACES: Record<string, string> = { 'М.': 'Москва', 'Л.': 'Ленинград', 'СПб.': 'Санкт-Петербург', 'Пг.': 'Петроград', 'М.; Л.': 'Москва; Ленинград', 'Новосиб.': 'Новосибирск' }
const CYRILLIC_AUTHOR = /^((?:\p{Lu}[\p{Ll}-]+(?:-\p{Lu}\p{Ll}+)?,?\s+(?:\p{Lu}\.\s?){1,3})(?:,\s*\p{Lu}[\p{Ll}-]+,?\s+(?:\p{Lu}\.\s?){1,3})*)\s*(.+)$/u

/** "— М.: Наука, 1985. — 320 с." / "М.: Наука, 1985" / "СПб., 1999" */
function readImprint(text: string, reference: ParsedReference): void {
  const imprint = /(?:^|[—–.]\s*)((?:М\.; Л\.|СПб\.|М\.|Л\.|Пг\.|[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?))\s*(?::\s*([^,—]+?))?,\s*(\d{4})/u.exec(text)
  if (imprint?.[1] && imprint[3]) {
    reference.publisherPlace = PLACES[imprint[1]] ?? imprint[1]
    reference.publisher = imprint[2]?.trim() || null
    reference.issued = imprint[3]
    return
  }
  reference.issued ??= issuedOf(text)
}

/** "// Россия и АТР. 2007. № 3. С. 12–20.": the journal or book a ГОСТ part-entry is in. */
function readHost(host: string, reference: ParsedReference): void {
  const [container = '', ...rest] = host.split(/\.\s+(?=\d{4}|—|№|Т\.|Вып\.|С\.)|\s+—\s+/)
  reference.containerTitle = container.replace(/[.\s]+$/, '').trim()
  const details = rest.join('. ')
  const issue = /№\s*([\d/-]+)/.exec(details)
  if (issue?.[1]) reference.issue = issue[1]
  const volume = /Т\.\s*([\dIVXLC]+)/.exec(details)
  if (volume?.[1]) reference.volume = volume[1]
  const pages = /С\.\s*(\d+\s*[-–—]\s*\d+)/.exec(details)
  if (pages?.[1]) reference.pages = pages[1].replace(/\s+/g, '')
  // The page range after the host is the article's extent, not a pinpoint (which is one page).
  else if (reference.locator?.locatorType === 'page' && /[-–—]/.test(reference.locator.locator)) {
    reference.pages = reference.locator.locator
    reference.locator = null
  }
  reference.type = /\d{4}\.\s*№|№/.test(details) || !/[:]/.test(details) ? 'article-journal' : 'chapter'
  readImprint(details, reference)
}

/**
 * Russian references in Cyrillic: ГОСТ "Иванов И. И. Заглавие. — М.: Наука, 1985. — 320 с.",
 * part-entries "Пастухов А. М. Заглавие // Россия и АТР. 2007. № 3. С. 12–20.", the author
 * after the title ("Заглавие / И. И. Иванов."), a Cyrillic author with a romanization and the
 * title's translation in brackets (as English Wikipedia prints them), «quoted» titles.
 */
export function readRussian(text: string, reference: ParsedReference): boolean {
  // "ГАРФ. Ф. 102. Оп. 5. Д. 12.": an archive's fond, inventory and file — the document's call number.
  const archival = /^(.*?)\s*(\p{Lu}{2,}\.?\s*)?(Ф\.\s*[\dА-ЯA-Z-]+\.?\s*Оп\.\s*[\d-]+\.?\s*(?:Д\.|Ед\.\s*хр\.)\s*[\d-]+)\.?\s*$/u.exec(text)
  if (archival?.[3]) {
    reference.type = 'manuscript'
    reference.archive = `${archival[2]?.trim() ?? ''} ${archival[3]}`.trim()
    reference.title.original = archival[1]?.replace(/[.\s]+$/, '') || reference.archive
    return true
  }
  // "А.М.Пастухов (A.M. Pastukhov) Title …" / "Оксана ГАЙНУТДИНОВА (Oksana Gainutdinova) Title"
  const romanized = /^((?:\S+\s+){0,2}?\S+)\s+\(([A-Z][^()]+)\)\s+(.+)$/u.exec(text)
  if (romanized?.[1] && romanized[2] && /\p{Script=Cyrillic}/u.test(romanized[1])) {
    reference.authors = [{ ...personOf(romanized[1]), literal: romanized[1], romanized: romanized[2] }]
    readTitleWithTranslation(romanized[3] ?? '', reference)
    return true
  }
  // "A.M. Pastukhov, "Корейская …" (translation)": a Latin author before a quoted Cyrillic title
  const latinAuthor = /^([^"“«,]+?),\s*["“«]([^"”»]+)["”»]\s*(.*)$/.exec(text)
  if (latinAuthor?.[1] && latinAuthor[2] && !/\p{Script=Cyrillic}/u.test(latinAuthor[1])) {
    reference.authors = [personOf(latinAuthor[1])]
    reference.title.original = latinAuthor[2].trim()
    reference.title.translated = /^\((.+)\)$/.exec((latinAuthor[3] ?? '').trim())?.[1] ?? null
    return true
  }
  let body = text
  const author = CYRILLIC_AUTHOR.exec(body)
  if (author?.[1] && author[2]) {
    reference.authors = peopleOf(author[1].replace(/,\s*$/, ''))
    body = author[2]
  }
  const [main = '', host] = body.split(/\s*\/\/\s*/)
  const [titlePart = '', ...imprintParts] = main.split(/\s+[—–]\s+/)
  // "Заглавие / И. И. Иванов; под ред. П. П. Петрова."
  const [title = '', responsibility] = titlePart.split(/\s+\/\s+/)
  if (responsibility) {
    const [people = '', editors] = responsibility.split(/\s*;\s*(?:под ред\.|ред\.)\s*/)
    if (!reference.authors.length && people) reference.authors = peopleOf(people.replace(/[.\s]+$/, ''))
    if (editors) reference.editors = peopleOf(editors.replace(/[.\s]+$/, ''))
  }
  const quoted = /^«([^»]+)»\s*(.*)$/.exec(title.trim())
  reference.title.original = (quoted?.[1] ?? title).replace(/[.\s]+$/, '').trim()
  const volume = /Т\.\s*([\dIVXLC]+)/.exec(imprintParts.join(' '))
  if (volume?.[1]) reference.volume = volume[1]
  const edition = /(\d+)-е изд\./.exec(body)
  if (edition?.[1]) reference.edition = edition[1]
  if (host) readHost(host, reference)
  else readImprint(imprintParts.join(' — ') || (quoted?.[2] ?? ''), reference)
  return Boolean(reference.title.original)
}

/** "Загадка Ачанского городка (The mystery of Fort Achansk)": the English translation in brackets or after the Cyrillic. */
function readTitleWithTranslation(body: string, reference: ParsedReference): void {
  const translated = /^(.*?)\s*\(([A-Z](?:[^()]|\([^()]*\))+)\)\)?\s*$/.exec(body) ?? /^(.*?\p{Script=Cyrillic}[^A-Za-z]*?)\s+([A-Z][a-z].*?)\)?$/u.exec(body)
  reference.title.original = (translated?.[1] ?? body).trim()
  reference.title.translated = translated?.[2]?.trim() ?? null
}
