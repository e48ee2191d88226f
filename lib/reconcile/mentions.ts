import { toSimplified } from '@/lib/corpus/script'
import type { AuthorityIndex, NameMatch } from './authority'
import type { Language } from './types'

/** A word of Latin-script text with its offsets. */
export type Word = { text: string; start: number; end: number }

export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(/[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?=[\p{L}\p{M}]))*/gu)) words.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  return words
}

/** A written name the authority knows, where it stands in the text. */
export type Mention = NameMatch & { written: string; start: number; end: number }

function latinMentions(text: string, authority: AuthorityIndex): Mention[] {
  const words = wordsOf(text)
  const mentions: Mention[] = []
  for (let index = 0; index < words.length; index++) {
    if (!authority.startsName(words[index]?.text ?? '')) continue
    for (let length = Math.min(authority.maxWords, words.length - index); length >= 1; length--) {
      const first = words[index]
      const last = words[index + length - 1]
      if (!first || !last) continue
      const written = text.slice(first.start, last.end)
      // Words of one name are separated by a single space or hyphen, nothing else.
      if (length > 1 && !words.slice(index + 1, index + length).every((word, offset) => /^[\s-]$/.test(text.slice((words[index + offset]?.end ?? 0), word.start)))) continue
      const matches = authority.lookup(written)
      if (!matches.length) continue
      mentions.push(...matches.map((match) => ({ ...match, written, start: first.start, end: last.end })))
      index += length - 1
      break
    }
  }
  return mentions
}

function hanMentions(text: string, authority: AuthorityIndex): Mention[] {
  if (!/\p{Script=Han}/u.test(text)) return []
  const simplified = toSimplified(text)
  const folded = simplified.length === text.length ? simplified : text
  const mentions: Mention[] = []
  for (let offset = 0; offset < folded.length; offset++) {
    const matches = authority.hanNamesAt(folded, offset)
    const longest = matches[0]
    if (!longest) continue
    const sameLength = matches.filter((match) => match.name.text.length === longest.name.text.length)
    const end = offset + longest.name.text.length
    mentions.push(...sameLength.map((match) => ({ ...match, written: text.slice(offset, end), start: offset, end })))
    offset = end - 1
  }
  return mentions
}

/** Every authority name written in the text: Latin phrases (longest first) and Han names. */
export const mentionsIn = (text: string, language: Language, authority: AuthorityIndex): Mention[] =>
  language === 'zh' ? [...hanMentions(text, authority), ...latinMentions(text, authority)] : latinMentions(text, authority)

