import { parse as parseName } from '@citation-js/name'

import { spacedInitials } from '@/lib/cite/initials'
import type { ReferencePerson } from './types'

const HAN = /\p{Script=Han}/u
const CYRILLIC = /\p{Script=Cyrillic}/u
/** 〔清〕, （清）, [清], 【明】 before a Chinese author: the dynasty the author lived under. */
const DYNASTY = /^\s*[〔（(\[【]\s*([\p{Script=Han}]{1,2})\s*[〕）)\]】]\s*/u
/** What Chinese references write after names: 著, 编, 主编, 译, 撰, 辑, 校注… */
const CHINESE_ROLE = /\s*(?:等)?\s*(?:主?[编編]著?|[著撰辑輯纂]|[译譯]|校注|点校|點校|编译|編譯)\s*$/u
const EDITOR_ROLE = /^\s*\(?(?:eds?|editors?|compilers?|comp|red|ред|сост)\.?\)?\s*$/iu

const person = (fields: Partial<ReferencePerson>): ReferencePerson => ({ family: null, given: null, literal: null, romanized: null, ...fields })

/** "Иванов И. И.", "И. И. Иванов", "Иванов, Иван Иванович", "А.М.Пастухов": family and given in Cyrillic, the name as written kept. */
function cyrillicPerson(written: string): ReferencePerson {
  const name = written.replace(/\.(?=\p{Lu})/gu, '. ').trim()
  const familyFirst = /^(\p{Lu}[\p{Ll}-]+(?:-\p{Lu}[\p{Ll}]+)?),?\s+((?:\p{Lu}\.\s*){1,3}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)$/u.exec(name)
  if (familyFirst?.[1]) return person({ family: familyFirst[1], given: (familyFirst[2] ?? '').trim(), literal: written.trim() })
  const givenFirst = /^((?:\p{Lu}\.\s*){1,3}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(\p{Lu}[\p{L}-]+)$/u.exec(name)
  if (givenFirst?.[2]) {
    const family = givenFirst[2] === givenFirst[2].toUpperCase() ? givenFirst[2][0] + givenFirst[2].slice(1).toLowerCase() : givenFirst[2]
    return person({ family, given: (givenFirst[1] ?? '').trim(), literal: written.trim() })
  }
  return person({ literal: written.trim() })
}

/**
 * One person as a reference writes the name: "Forsyth, James", "Peter C. Perdue", "Du Halde,
 * Jean-Baptiste", "〔清〕魏源", "Оксана ГАЙНУТДИНОВА (Oksana Gainutdinova)", "Wang Ke 王柯".
 * Latin names are split by @citation-js/name (particles, suffixes); Chinese names are kept whole,
 * as written (their dynasty marker apart); Cyrillic names are split and kept as written.
 */
export function personOf(written: string): ReferencePerson {
  let name = written.replace(/\s*\((?:eds?|editors?|comp)\.?\)\s*$/i, '').trim()
  const dynasty = DYNASTY.exec(name)
  if (dynasty) name = name.slice(dynasty[0].length)
  name = name.replace(CHINESE_ROLE, '').trim()
  const withDynasty = (found: ReferencePerson) => (dynasty?.[1] ? { ...found, dynasty: dynasty[1] } : found)

  // A name in its own script with its romanization beside it, either way round.
  const bracketed = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(name)
  if (bracketed?.[1] && bracketed[2]) {
    const [outside, inside] = [bracketed[1].trim(), bracketed[2].trim()]
    if ((HAN.test(outside) || CYRILLIC.test(outside)) && !HAN.test(inside) && !CYRILLIC.test(inside)) return withDynasty({ ...originalScript(outside), romanized: inside })
    if ((HAN.test(inside) || CYRILLIC.test(inside)) && !HAN.test(outside)) return withDynasty({ ...originalScript(inside), romanized: outside })
  }
  const romanThenHan = /^([A-Z][\p{Script=Latin}'’ -]+?)\s+(\p{Script=Han}{2,4})$/u.exec(name)
  if (romanThenHan?.[1] && romanThenHan[2]) return withDynasty(person({ literal: romanThenHan[2], romanized: romanThenHan[1].trim() }))
  if (HAN.test(name) || CYRILLIC.test(name)) return withDynasty(originalScript(name))

  const parsed = parseName(name)
  if (!parsed.family || parsed.literal) {
    // "Lo-shu Fu": a hyphenated given name the library leaves whole; the last word is the family name.
    const words = name.split(/\s+/)
    return words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word)) ? person({ family: words.pop() ?? name, given: words.join(' ') }) : person({ literal: name })
  }
  const family = [parsed['non-dropping-particle'], parsed.family].filter(Boolean).join(' ')
  const given = [parsed.given, parsed['dropping-particle']].filter(Boolean).join(' ')
  const givenWithSuffix = [given ? spacedInitials(given) : null, parsed.suffix].filter(Boolean).join(', ')
  return person({ family, given: givenWithSuffix || null })
}

function originalScript(name: string): ReferencePerson {
  if (CYRILLIC.test(name) && !HAN.test(name)) return cyrillicPerson(name)
  return person({ literal: name })
}

/** The people of an author list: "A, B and C", "Gong, Shuduo; Liu, Delin", "张秀平、毛元佑、黄朴民", "Иванов И. И., Петров П. П.". */
export function peopleOf(written: string): ReferencePerson[] {
  const text = written.replace(/\s*(?:,?\s*et al\.?|等)\s*$/u, '').trim()
  if (!text) return []
  let parts: string[]
  if (/;/.test(text)) parts = text.split(/\s*;\s*/)
  else if (/[、，]/.test(text) || (HAN.test(text) && /,/.test(text))) parts = text.split(/\s*[、，,]\s*/)
  else if (CYRILLIC.test(text)) parts = text.split(/\s*(?:,|\sи\s)\s*(?=\p{Lu})/u)
  else parts = splitLatinNames(text)
  return parts.map((part) => part.trim()).filter(Boolean).map(personOf)
}

/**
 * "Forsyth, James" is one name; "Forsyth, James, and Mark Bassin", "L. Carrington Godrich, Chaoying Fang",
 * "Smith, J., Jones, K., & Brown, L." are several. Inverted names come in pairs of comma parts.
 */
function splitLatinNames(text: string): string[] {
  const pieces = text.split(/\s*(?:,\s*(?:and|&)\s+|\s+(?:and|&)\s+)\s*/)
  const names: string[] = []
  for (const piece of pieces) {
    const commaParts = piece.split(/\s*,\s*/).filter(Boolean)
    // "Family, Given" (the given part short, single words or initials) vs "Given Family, Given Family".
    const familyOnly = (part: string) => !/\s/.test(part.replace(/^(?:van|von|de|du|da|di|le|la|del|der)\s+/i, ''))
    const initialsOnly = (part: string) => /^(?:\p{Lu}\.\s?)+$/u.test(part)
    // APA "Smith, J., Jones, K.": every name inverted, in pairs.
    const pairs = commaParts.length % 2 === 0 && commaParts.every((part, index) => (index % 2 ? initialsOnly(part) : familyOnly(part)))
    if (pairs) for (let index = 0; index < commaParts.length; index += 2) names.push(`${commaParts[index]}, ${commaParts[index + 1]}`)
    // Chicago and MLA "Crossley, Pamela Kyle, Helen F. Siu": the first name inverted, the others in direct order.
    else if (names.length === 0 && commaParts.length >= 2 && familyOnly(commaParts[0] ?? '')) names.push(`${commaParts[0]}, ${commaParts[1]}`, ...commaParts.slice(2))
    else names.push(...commaParts)
  }
  return names
}

/** Whether a piece after a name list says the names are editors: "(ed.)", "eds.", "(editors)", "ред.", "主编". */
export const namesEditors = (written: string) => EDITOR_ROLE.test(written) || /主[编編]|[编編]$/u.test(written)
