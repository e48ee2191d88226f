import { Converter } from 'opencc-js'

/**
 * Search normalisation, one code point at a time: NFKC, lower case, Latin
 * diacritics stripped, traditional Han characters simplified (OpenCC), and
 * typographic punctuation unified. Working per code point keeps a map from
 * every normalised character back to the original text, which the snippet
 * highlighter needs; index and query go through the same function, so they
 * always agree. (OpenCC's phrase tables are not used: they would change the
 * length of the text and gain nothing for matching.)
 */

const toSimplified = Converter({ from: 't', to: 'cn' })

const PUNCTUATION: Record<string, string> = {
  '‘': "'", '’': "'", '‛': "'", '′': "'", '`': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '「': '"', '」': '"', '『': '"', '』': '"', '《': '"', '》': '"', '〈': '"', '〉': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '。': '.', '｡': '.', '、': ',', '､': ',', '【': '[', '】': ']', '〔': '[', '〕': ']',
  // The name separator of transliterated names (雅霍甫·伯克) has several code points.
  '・': '·', '‧': '·', '•': '·', '･': '·',
}

const HAN = /\p{Script=Han}/u
const LATIN = /\p{Script=Latin}/u
const MARK = /\p{M}/u
const isCombiningDiacritic = (char: string) => char >= '\u0300' && char <= '\u036f'

function normalizeCodePoint(char: string): string {
  const folded = char.normalize('NFKC').toLowerCase()
  let result = ''
  for (const part of folded) {
    const decomposed = part.normalize('NFD')
    const base = decomposed[0] ?? ''
    if (LATIN.test(base)) result += [...decomposed].filter((piece) => !MARK.test(piece)).join('')
    else if (isCombiningDiacritic(part)) continue // a lone accent whose letter came before it
    else if (HAN.test(part)) result += toSimplified(part)
    else result += PUNCTUATION[part] ?? part
  }
  return result
}

const normalizedCodePoints = new Map<string, string>()
function normalizeChar(char: string): string {
  let normalized = normalizedCodePoints.get(char)
  if (normalized === undefined) {
    normalized = normalizeCodePoint(char)
    normalizedCodePoints.set(char, normalized)
  }
  return normalized
}

/** Everything that is not plain lower-case ASCII (which normalises to itself). */
const NEEDS_NORMALIZING = /[^\0-@[-\x7f]/gu

/** Text as the search index sees it: 喀什噶爾 → 喀什噶尔, Ǧalāl → galal, “Qing” → "qing". */
export function normalize(text: string): string {
  return text.replace(NEEDS_NORMALIZING, normalizeChar)
}

export type NormalizedText = {
  text: string
  /** For each UTF-16 unit of `text` (and one past its end), the offset of the original code point it came from. */
  sourceOffsets: Int32Array
}

/** normalize() with a map back to the original text, for highlighting. */
export function normalizeWithOffsets(original: string): NormalizedText {
  let text = ''
  const offsets: number[] = []
  let offset = 0
  for (const char of original) {
    const normalized = char.charCodeAt(0) < 0x80 ? char.toLowerCase() : normalizeChar(char)
    text += normalized
    for (let unit = 0; unit < normalized.length; unit++) offsets.push(offset)
    offset += char.length
  }
  offsets.push(original.length)
  return { text, sourceOffsets: Int32Array.from(offsets) }
}
