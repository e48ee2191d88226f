import { NAME_LANGUAGES } from '@/fields/names'
import { toSimplified } from '@/lib/corpus/script'

type NameLanguage = 'en' | 'kk' | 'mnc' | 'ru' | 'ug' | 'und' | 'xal' | 'zh'

const LANGUAGES = new Set(NAME_LANGUAGES.map((option) => option.value))

/** A language code the collections' language selects accept; anything else is recorded as undetermined. */
export const knownLanguage = (code: string): NameLanguage => (LANGUAGES.has(code) ? (code as NameLanguage) : 'und')

/** How names compare when matching records: case, width and traditional/simplified characters folded. */
export const nameKey = (name: string) => toSimplified(name.normalize('NFKC').trim()).toLowerCase()

/** The spellings to look a name up by: as written, and folded to simplified characters. */
export const lookupForms = (names: string[]) => [...new Set(names.flatMap((name) => [name, toSimplified(name)]))]
