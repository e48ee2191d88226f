import { spacedInitials } from '@/lib/cite/initials'
import { checkIsbn } from '@/lib/cite/isbn'
import { checkLinkUrl } from '@/lib/security/url'
import { languageCodeOf, languageOfName } from '@/lib/corpus/script'

/** The locator types of the cite inline block (fields/richText/blocks LOCATOR_TYPES). */
export type LocatorType = 'chapter' | 'folio' | 'page' | 'section'
export type Locator = { locatorType: LocatorType; locator: string }

export type CitationAuthor = { family: null | string; given: null | string; literal: null | string; romanized: null | string }

/** What one note or bibliography entry says about the work it cites, before works are deduplicated. */
export type ParsedReference = {
  type: 'article-journal' | 'book' | 'chapter' | 'manuscript' | 'webpage'
  authors: CitationAuthor[]
  title: { original: string; romanized: null | string; translated: null | string }
  containerTitle: null | string
  publisher: null | string
  publisherPlace: null | string
  issued: null | string
  isbn: null | string
  invalidIsbns: { text: string; reason: string }[]
  url: null | string
  archiveNote: null | string
  language: string
  /** The pinpoint this note gives (a page, a chapter): it belongs to the use, not the work. */
  locator: Locator | null
  /** Prose the note adds around the work (a quoted remark), kept with the use. */
  quote: null | string
  /** "Wurm 1996, p. 828": an author and year pointing at a work cited in full elsewhere. */
  shortForm: boolean
  /** A note of prose that names no work; it is still citable, as a note. */
  explanatory: boolean
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Citation-template error messages and "(help)" links that rendered pages leave in reference text. */
const TEMPLATE_NOISE = /\s*(?:\|\s*\w+=\s*has extra text|Check date values in:\s*\|\s*\w+=)\s*\(help\)/g
const ARCHIVED = /\s*Archived (\d{4}-\d{2}-\d{2}) at the Wayback Machine\s*/i
const ISBN = /ISBN(?:-1[03])?:?\s*([0-9][0-9\s‐-]{8,}[0-9Xx])/g
const URL_PATTERN = /<?(https?:\/\/[^\s>]+)>?/
const IN_LANGUAGE = /\s*\(in ([A-Z][a-z]+)\)\s*/
const PUBLISHER_WORDS = /\b(?:Press|University|Publishing|Publishers?|Books|Printing|Co\.|Verlag|Norton|Pub)\b|出版/

const PAGE_LOCATORS: [RegExp, LocatorType][] = [
  [/^\s*Pages?\s+(\d+\s*[-–—]\s*\d+|\d+)\s*/i, 'page'],
  [/[,.]?\s*\b(?:pp?\.|pages?)\s*(\d+(?:\s*[-–—]\s*\d*)?)/i, 'page'],
  [/[,.]?\s*\bP(\d+(?:\s*[-–—]\s*\d+)?)\b/, 'page'],
  [/[,.]?\s*\bchapter\s+(\w+)/i, 'chapter'],
  [/[，,]?\s*第([\d、，—–-]+)页[。.]?/, 'page'],
  [/[，,]?\s*(卷[一二三四五六七八九十〇零百\d]+[，,]\s*页[一二三四五六七八九十〇零百\d]+)[。.]?/, 'folio'],
]

function takeLocator(text: string): { locator: Locator | null; rest: string } {
  for (const [pattern, locatorType] of PAGE_LOCATORS) {
    const match = pattern.exec(text)
    if (match?.[1]) {
      const locator = match[1].replace(/\s*([-–—])\s*/g, '$1').replace(/[-–—]$/, '').trim()
      return { locator: { locatorType, locator }, rest: (text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)).trim() }
    }
  }
  return { locator: null, rest: text }
}

/** "1994", "2007 (earlier edition, 1994)", "September 6, 2016" → YYYY[-MM[-DD]] */
function issuedOf(written: string): null | string {
  const dated = /([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})/.exec(written)
  const month = dated?.[1] ? MONTHS.indexOf(dated[1].toLowerCase()) + 1 : 0
  if (dated && month) return `${dated[3]}-${String(month).padStart(2, '0')}-${String(dated[2]).padStart(2, '0')}`
  return /\b(\d{4})\b/.exec(written)?.[1] ?? null
}

/** "Forsyth, James" / "Robert H. Felsing" / "Оксана ГАЙНУТДИНОВА (Oksana Gainutdinova)" / "王柯" */
function authorOf(written: string): CitationAuthor {
  const clean = written.replace(/\s*\((?:ed|eds|editors?)\.?\)\s*$/i, '').trim()
  const romanizedMatch = /^(.+?)\s*\(([^()]+)\)$/.exec(clean)
  if (romanizedMatch?.[1] && romanizedMatch[2] && languageOfName(romanizedMatch[1], 'en') !== 'en') {
    return { family: null, given: null, literal: romanizedMatch[1].trim(), romanized: romanizedMatch[2].trim() }
  }
  if (/\p{Script=Han}|\p{Script=Cyrillic}/u.test(clean)) return { family: null, given: null, literal: clean, romanized: null }
  const inverted = /^([^,]+),\s*(.+)$/.exec(clean)
  if (inverted?.[1] && inverted[2]) return { family: inverted[1].trim(), given: spacedInitials(inverted[2].trim()), literal: null, romanized: null }
  const parts = clean.split(/\s+/)
  const family = parts.pop() ?? clean
  return { family, given: parts.length ? spacedInitials(parts.join(' ')) : null, literal: null, romanized: null }
}

const authorsOf = (written: string, separator: RegExp) =>
  written
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(authorOf)

/** Abbreviations after which a full stop does not end a sentence; single initials ("P.G.") are kept together too. */
const ABBREVIATION = /(?:^|[\s(])(?:vol|vols|no|ed|eds|pp|p|ch|cf|trans|rev|St|Mt)$|(?:^|[\s.])\p{Lu}$/u

/** Splits reference text into its sentences at full stops that are not initials or abbreviations. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = []
  let start = 0
  for (const match of text.matchAll(/\.\s+/g)) {
    const before = text.slice(start, match.index)
    if (ABBREVIATION.test(before)) continue
    sentences.push(before.trim())
    start = match.index + match[0].length
  }
  sentences.push(text.slice(start).replace(/\.+$/, '').trim())
  return sentences.filter(Boolean)
}

function emptyReference(language: string): ParsedReference {
  return {
    type: 'book',
    authors: [],
    title: { original: '', romanized: null, translated: null },
    containerTitle: null,
    publisher: null,
    publisherPlace: null,
    issued: null,
    isbn: null,
    invalidIsbns: [],
    url: null,
    archiveNote: null,
    language,
    locator: null,
    quote: null,
    shortForm: false,
    explanatory: false,
  }
}

/** Publisher and place from the sentences after the title: "Paris: P.G. Lemercier", "Cambridge University Press". */
function readPublication(sentences: string[], reference: ParsedReference): void {
  for (const sentence of sentences) {
    const placed = /^([\p{Lu}][\p{L} ]+):\s*(.+)$/u.exec(sentence)
    if (placed?.[1] && placed[2]) {
      reference.publisherPlace = placed[1].trim()
      reference.publisher = placed[2].trim()
      return
    }
    const publisher = /^(.+?)(?:,\s*(\d{4}))?\.*$/.exec(sentence)
    if (publisher?.[1] && PUBLISHER_WORDS.test(publisher[1])) {
      reference.publisher = publisher[1].trim()
      reference.issued ??= publisher[2] ?? null
      return
    }
  }
}

function parseChinese(text: string, reference: ParsedReference): void {
  const titles = [...text.matchAll(/[《〈]([^》〉]+)[》〉]/g)]
  const [first, second] = titles
  if (!first?.[1]) return
  reference.title.original = first[1]
  if (second?.[1] && second.index > (first.index ?? 0)) {
    reference.containerTitle = second[1]
    reference.type = 'chapter'
  }
  if (first[0].startsWith('〈')) reference.type = 'article-journal'
  const before = text.slice(0, first.index).replace(/[：:，,\s]+$/, '')
  // "王柯：〈…〉" names an author; "若米尼认为“…”《…》" is a remark quoting the work.
  if (/[“”"「」]|认为|認為|说|說/.test(before)) reference.quote = before
  else if (before) reference.authors = authorsOf(before.replace(/\s*[著编編译譯]\s*$/, ''), /[、，,]/)
}

function parseCyrillic(text: string, reference: ParsedReference): void {
  // "А.М.Пастухов (A.M. Pastukhov) Title …": the author in Cyrillic with a romanization
  const authored = /^((?:\S+\s+){0,2}\S+)\s+\(([A-Z][^()]+)\)\s+(.+)$/.exec(text)
  if (authored?.[1] && authored[2] && /\p{Script=Cyrillic}/u.test(authored[1])) {
    reference.authors = [{ family: null, given: null, literal: authored[1], romanized: authored[2] }]
  }
  let body = authored?.[3] && reference.authors.length ? authored[3] : text
  // "A.M. Pastukhov, "Title" …": a Latin author before a quoted Cyrillic title
  const quoted = /^([^"“«]+?),\s*["“«]([^"”»]+)["”»]\s*(.*)$/.exec(body)
  if (quoted?.[1] && quoted[2]) {
    reference.authors = [authorOf(quoted[1])]
    reference.title.original = quoted[2].trim()
    body = quoted[3] ?? ''
  }
  // The English translation of the title follows in parentheses, or as a sentence of its own.
  const translated = /^(.*?)\s*\(([A-Z](?:[^()]|\([^()]*\))+)\)\)?\s*$/.exec(body) ?? /^(.*?\p{Script=Cyrillic}[^A-Za-z]*?)\s+([A-Z][a-z].*?)\)?$/u.exec(body)
  if (!reference.title.original) reference.title.original = (translated?.[1] ?? body).trim()
  reference.title.translated = translated?.[2]?.trim() ?? null
}

function parseLatin(text: string, reference: ParsedReference): void {
  // "Title By Author Published by Publisher, Year"
  const byline = /^(.+?)\s+By\s+(.+?)\s+Published by\s+(.+?),\s*(\d{4})\.?$/.exec(text)
  if (byline?.[1] && byline[2] && byline[3]) {
    reference.title.original = byline[1]
    reference.authors = authorsOf(byline[2], /\s*(?:,|\band\b)\s*/)
    reference.publisher = byline[3]
    reference.issued = byline[4] ?? null
    return
  }
  // "Authors (Date). Title. …" with the date possibly holding its own parentheses
  const dated = /^(.+?)\s*\(((?:[^()]|\([^()]*\))*?\d{4}(?:[^()]|\([^()]*\))*)\)\.?\s*(.*)$/s.exec(text)
  if (dated?.[1] && dated[2]) {
    reference.authors = authorsOf(dated[1], /\s*;\s*/)
    reference.issued = issuedOf(dated[2])
    readTitleAndPublication(dated[3] ?? '', reference)
    return
  }
  // "Editors (editors), "Title". Volume. Publisher, Year."
  const edited = /^(.+?)\s*\(editors?\),\s*(.*)$/i.exec(text)
  if (edited?.[1]) {
    reference.authors = authorsOf(edited[1], /\s*,\s*/)
    readTitleAndPublication(edited[2] ?? '', reference)
    return
  }
  // "Author, Title, Year" or "Author, Title"
  const listed = /^((?:[\p{Lu}][\p{L}.'’-]*\.?\s?){1,4}),\s*(.+?)(?:,\s*(\d{4})\b.*)?$/su.exec(text)
  if (listed?.[1] && listed[2]) {
    reference.authors = [authorOf(listed[1])]
    reference.title.original = listed[2].replace(/[.,]$/, '').trim()
    reference.issued = listed[3] ?? null
    return
  }
  readTitleAndPublication(text, reference)
}

function readTitleAndPublication(text: string, reference: ParsedReference): void {
  const quoted = /^["“]([^"”]+)["”]\.?\s*(.*)$/s.exec(text)
  if (quoted?.[1]) {
    reference.title.original = quoted[1].replace(/[.,]$/, '')
    const rest = quoted[2] ?? ''
    const within = /^In\s+(.+?)\s*\(eds?\.?\)\.\s*(.*)$/s.exec(rest)
    if (within?.[1]) {
      reference.type = 'chapter'
      const [container = '', ...after] = sentencesOf(within[2] ?? '')
      reference.containerTitle = container || null
      readPublication(after, reference)
      return
    }
    const sentences = sentencesOf(rest)
    const container = sentences[0]
    if (container && !PUBLISHER_WORDS.test(container) && !/^Volume\b/i.test(container)) {
      reference.type = 'article-journal'
      reference.containerTitle = container
    }
    readPublication(sentences, reference)
    return
  }
  const [title = '', ...after] = sentencesOf(text)
  reference.title.original = title
  readPublication(after, reference)
}

/** Reads a footnote or bibliography entry as a CSL-shaped reference; what cannot be read stays in the note text. */
export function parseReference(noteText: string, documentLanguage: string): ParsedReference {
  const reference = emptyReference(documentLanguage)
  let text = noteText.replace(TEMPLATE_NOISE, '').replace(/\s+/g, ' ').trim()

  const archived = ARCHIVED.exec(text)
  if (archived) {
    reference.archiveNote = archived[0].trim()
    text = text.replace(ARCHIVED, ' ').trim()
  }
  for (const match of text.matchAll(ISBN)) {
    const written = match[1]?.trim() ?? ''
    const check = checkIsbn(written)
    if (check.ok) reference.isbn ??= check.hyphenated
    else reference.invalidIsbns.push({ text: written, reason: check.reason })
  }
  text = text.replace(ISBN, '').replace(/\s*\.\s*$/, '.').trim()
  const url = URL_PATTERN.exec(text)
  // An address the citations collection would refuse (no host, say) stays in the note's text.
  if (url?.[1] && checkLinkUrl(url[1]).ok) {
    reference.url = url[1]
    text = text.replace(URL_PATTERN, '').trim()
  }
  const inLanguage = IN_LANGUAGE.exec(text)
  const languageCode = inLanguage?.[1] ? languageCodeOf(inLanguage[1]) : null
  if (inLanguage) text = text.replace(IN_LANGUAGE, ' ').trim()
  const located = takeLocator(text)
  reference.locator = located.locator
  text = located.rest.replace(/\s+([,.])/g, '$1').replace(/^[,.\s]+|[,\s]+$/g, '')

  const short = /^([\p{Lu}][\p{L}'’-]+)(?:,?\s+(\d{4}))?[.,]?$/u.exec(text)
  if (short?.[1] && (short[2] || reference.locator)) {
    reference.shortForm = true
    reference.authors = [{ family: short[1], given: null, literal: null, romanized: null }]
    reference.issued = short[2] ?? null
    reference.title.original = [short[1], short[2]].filter(Boolean).join(' ')
  } else if (/[《〈]/.test(text)) parseChinese(text, reference)
  else if (/\p{Script=Cyrillic}/u.test(text)) parseCyrillic(text, reference)
  else if (text) parseLatin(text, reference)

  if (!reference.title.original && reference.url) {
    reference.type = 'webpage'
    reference.title.original = reference.url.replace(/^https?:\/\//, '')
  }
  const titled = Boolean(reference.title.original) && reference.title.original !== text
  const bibliographic =
    (titled && (reference.authors.length > 0 || Boolean(reference.title.translated))) ||
    Boolean(reference.issued || reference.isbn || reference.url || reference.publisher || reference.containerTitle || reference.shortForm || reference.locator) ||
    /[《〈«]/.test(text)
  if (!bibliographic) {
    reference.explanatory = true
    reference.type = 'manuscript'
    reference.authors = []
    reference.title.original = noteText.trim()
  }
  reference.language = languageCode ?? languageOfName(reference.title.original, documentLanguage)
  return reference
}
