/** Abbreviations after which a full stop does not end a sentence; single initials ("P.G.") are kept together too. */
const ABBREVIATION = /(?:^|[\s(])(?:vol|vols|no|nos|pp|p|ch|chap|cf|trans|rev|repr|St|Mt|Dr|Jr|Sr|comp|diss|Univ|Mass|Calif|Conn|n\.d)$|(?:^|[\s.])\p{Lu}$/u

/** Splits reference text into its sentences at full stops (and ?/!) that are not initials or abbreviations. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = []
  let start = 0
  for (const match of text.matchAll(/([.?!])\s+(?=\S)/g)) {
    const before = text.slice(start, match.index)
    if (match[1] === '.' && ABBREVIATION.test(before)) continue
    if (/["“«][^"”»]*$/.test(before) && !/["”»]/.test(before.slice(before.search(/["“«][^"”»]*$/) + 1))) continue
    sentences.push((before + (match[1] === '.' ? '' : match[1])).trim())
    start = match.index + match[0].length
  }
  sentences.push(text.slice(start).replace(/\.+$/, '').trim())
  return sentences.filter(Boolean)
}

const CLOSING: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', "'": "'" }

/** A quoted title at the start: "Title," / "Title." / “Title” / «Title» / 'Title' (an apostrophe inside, as in Ch'ing, is no end). */
export function takeQuoted(text: string): null | { quoted: string; rest: string } {
  const opening = /^\s*(["“«„]|'(?=\p{Lu}))/u.exec(text)
  if (!opening?.[1]) return null
  const close = CLOSING[opening[1]] ?? '"'
  const body = text.slice(opening[0].length)
  const end = close === "'" ? body.search(/'(?=[\s.,:;]|$)/) : body.indexOf(close === '”' && !body.includes('”') ? '"' : close)
  if (end <= 0) return null
  const rest = body.slice(end + 1).replace(/^\s*[.,:]?\s*/, '')
  return { quoted: body.slice(0, end).replace(/[.,]$/, '').trim(), rest: rest.trim() }
}

export const stripEnd = (text: string) => text.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '')

/** A Latin name list as references print them: capitalised words and initials, commas, "and"/"&", name particles. */
export const LATIN_NAME_LIST = /^[\p{Lu}][\p{L}'’.-]*(?:(?:\s*,\s*|\s+)(?:and\s+|&\s+)?(?:van|von|de|du|da|di|del|der|den|la|le|al-|[\p{Lu}][\p{L}'’.-]*))*$/u

/** Whether text can be a list of people's names (and not a title): few words, each one capitalised. */
export function looksLikeNames(text: string): boolean {
  const trimmed = text.trim()
  if (!LATIN_NAME_LIST.test(trimmed)) return false
  const words = trimmed.split(/[\s,]+/).filter((word) => !/^(?:and|&)$/.test(word))
  return words.length >= 1 && words.length <= 12 && !/(?:^|\s)(?:The|A|An|Of|In|On|To|For)\s|\b(?:History|War|Empire|Press|University|Dynasty|Frontier|Russia|China|Siberia)\b/.test(trimmed)
}
