import { Converter } from 'opencc-js'

/** ISO 15924 codes of the scripts names are written in (the values of fields/names SCRIPTS). */
export type ScriptCode = 'Arab' | 'Cyrl' | 'Hans' | 'Hant' | 'Latn' | 'Mong'

const toSimplifiedConverter = Converter({ from: 't', to: 'cn' })

/** Chinese text folded to simplified characters (OpenCC), so 浩罕汗國 and 浩罕汗国 compare equal. */
export const toSimplified = (text: string) => toSimplifiedConverter(text)

/** The script a name is written in, by its letters. */
export function scriptOf(text: string): ScriptCode {
  // Han text that simplification changes is traditional; characters both scripts share count as simplified.
  if (/\p{Script=Han}/u.test(text)) return toSimplified(text) === text ? 'Hans' : 'Hant'

  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrl'
  if (/\p{Script=Mongolian}/u.test(text)) return 'Mong'
  if (/\p{Script=Arabic}/u.test(text)) return 'Arab'
  return 'Latn'
}

const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/

/** The language a name's letters point to when nothing else says: Kazakh Cyrillic has letters Russian lacks. */
export function languageOfName(text: string, fallback: string): string {
  const script = scriptOf(text)
  if (script === 'Hans' || script === 'Hant') return 'zh'
  if (script === 'Cyrl') return KAZAKH_LETTERS.test(text) ? 'kk' : 'ru'
  return fallback
}

/** Language names as sources write them ("Kazakh: …", "(in Russian)") mapped to the platform's language codes. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  chinese: 'zh',
  russian: 'ru',
  kazakh: 'kk',
  mongolian: 'xal',
  oirat: 'xal',
  manchu: 'mnc',
  uyghur: 'ug',
  chagatai: 'ug',
}

export const languageCodeOf = (name: string): null | string => LANGUAGE_NAMES[name.trim().toLowerCase()] ?? null
