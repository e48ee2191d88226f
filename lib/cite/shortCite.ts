import type { CitationRecord, LocatorType } from '@/lib/cite/format'
import { locatorPhrase } from '@/lib/footnotes/place'

/**
 * The short form an inline citation shows in the editor: author, year and
 * locator, "Kang 2013, 225–230"; a Chinese work as its author is written in
 * characters, "康 2013，第225页". The locator is phrased as the site phrases it
 * beside a note (lib/footnotes/place): bare page numbers in English, as
 * Chicago writes them in a citation, and 第…页 / 第…章 in Chinese.
 */

type Text = null | string | undefined

export type ShortCiteWork = Pick<CitationRecord, 'authors' | 'issued' | 'language' | 'title'>

/** What a work contributes to its short citations, whatever the locator: "Kang 2013" and which form to write. */
export type ShortCiteHead = { text: string; chinese: boolean }

/** What the editor's citation chip shows of a work: its short head and its full reference (the Chicago bibliography entry, HTML). */
export type ShortCiteEntry = { id: string; head: ShortCiteHead; reference: string }

const HAN = /\p{Script=Han}/u
const present = (value: Text): string | undefined => value?.trim() || undefined

type Person = NonNullable<ShortCiteWork['authors']>[number]

/** The name of a person as a short citation gives it: the family name; a Chinese work prefers the name in characters. */
function shortName(person: Person, chinese: boolean): string | undefined {
  const family = present(person.family)
  const literal = present(person.literal)
  const romanized = present(person.romanized)
  const forms = chinese
    ? [family && HAN.test(family) ? family : undefined, literal && HAN.test(literal) ? literal : undefined, family, romanized, literal]
    : [family && !HAN.test(family) ? family : undefined, romanized, literal && !HAN.test(literal) ? literal : undefined, family, literal]
  return forms.find(Boolean)
}

/** Whether the work is cited in the Chinese form: its language says so, or (none recorded) its title is in characters. */
function isChinese(work: ShortCiteWork): boolean {
  const language = present(work.language)
  return language ? language.toLowerCase().startsWith('zh') : HAN.test(work.title.original)
}

/** The names a short citation gives: one, two joined, or the first and "et al." (等) from three on, as Chicago's author-date citations do. */
function names(work: ShortCiteWork, chinese: boolean): string | undefined {
  const people = work.authors ?? []
  const authors = people.filter((person) => !person.role || person.role === 'author')
  const named = (authors.length ? authors : people.filter((person) => person.role === 'editor')).map((person) => shortName(person, chinese)).filter((name): name is string => Boolean(name))
  const [first, second] = named
  if (!first) return undefined
  if (!second) return first
  if (named.length === 2) return chinese ? `${first}、${second}` : `${first} and ${second}`
  return chinese ? `${first}等` : `${first} et al.`
}

/** A work without a named author is cited by a short title: its first words, or 《…》 in Chinese. */
function shortTitle(work: ShortCiteWork, chinese: boolean): string {
  if (chinese) return `《${work.title.original.trim()}》`
  const title = present(work.title.romanized) ?? work.title.original.trim()
  const words = title.replace(/[:.].*$/, '').split(/\s+/)
  return words.length > 4 ? `${words.slice(0, 4).join(' ')}…` : words.join(' ')
}

export function shortCiteHead(work: ShortCiteWork): ShortCiteHead {
  const chinese = isChinese(work)
  const year = /\d{4}/.exec(work.issued ?? '')?.[0]
  // Chicago writes "n.d." for a work without a date; the Chinese short notes leave it out (lib/cite/format).
  const date = year ?? (chinese ? undefined : 'n.d.')
  const text = [names(work, chinese) ?? shortTitle(work, chinese), date].filter(Boolean).join(' ')
  return { text, chinese }
}

/** The head with the use's locator: "Kang 2013, 225–230", "Kang 2013, ch. 3", "康 2013，第225页". */
export function shortCite(head: ShortCiteHead, use: { locator?: Text; locatorType?: LocatorType | null }): string {
  const locator = present(use.locator)
  if (!locator) return head.text
  const type = use.locatorType ?? 'page'
  if (head.chinese) return `${head.text}，${locatorPhrase(type, locator, 'zh')}`
  return `${head.text}, ${type === 'page' ? locator : locatorPhrase(type, locator, 'en')}`
}
