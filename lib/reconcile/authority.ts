import { pinyin } from 'pinyin-pro'

import { toSimplified } from '@/lib/corpus/script'

/**
 * The name authority as the checks read it: people, places and terms, each
 * with every name recorded for it. `kind` is the names field's kind
 * (official, historic, variant, machine-translation) or `preferred` / `pinyin`.
 */
export type NameKind = 'historic' | 'machine-translation' | 'official' | 'pinyin' | 'preferred' | 'variant'
export type AuthorityName = { text: string; language: string; kind: NameKind }
export type AuthorityEntityType = 'person' | 'place' | 'term'
export type AuthorityEntity = { id: string; type: AuthorityEntityType; names: AuthorityName[] }
export type Authority = { entities: AuthorityEntity[] }

/** A name as the seed file (`[name, language, script, kind]`) or a names row (`{ name, language, kind }`) holds it. */
type NameInput = [string, string, string?, string?] | { name?: string | null; text?: string | null; language?: string | null; kind?: string | null }
type EntityInput = { id?: number | string; names?: NameInput[] | null }
/** corpus/name-authority.json, or places/people/terms read from the collections. */
export type AuthorityInput = { places?: EntityInput[]; people?: EntityInput[]; terms?: EntityInput[] }

const NAME_KINDS: readonly string[] = ['historic', 'machine-translation', 'official', 'pinyin', 'preferred', 'variant']

function nameOf(input: NameInput): AuthorityName | null {
  const [text, language, kind] = Array.isArray(input) ? [input[0], input[1], input[3]] : [input.text ?? input.name, input.language, input.kind]
  if (!text?.trim()) return null
  return { text: text.trim(), language: language ?? 'und', kind: (NAME_KINDS.includes(kind ?? '') ? kind : 'variant') as NameKind }
}

/** Reads the seed authority's shape or the collections' rows into the pure type. */
export function authorityFrom(input: AuthorityInput): Authority {
  const groups: [AuthorityEntityType, EntityInput[] | undefined][] = [['place', input.places], ['person', input.people], ['term', input.terms]]
  return {
    entities: groups.flatMap(([type, entries]) =>
      (entries ?? []).map((entry, index) => ({ id: String(entry.id ?? `${type}-${index + 1}`), type, names: (entry.names ?? []).flatMap((name) => nameOf(name) ?? []) })),
    ),
  }
}

/** The name an editor should use in a language: preferred, else official, else the first recorded. */
export function preferredName(entity: AuthorityEntity, language: string): AuthorityName | undefined {
  const inLanguage = entity.names.filter((name) => name.language === language)
  return inLanguage.find((name) => name.kind === 'preferred') ?? inLanguage.find((name) => name.kind === 'official') ?? inLanguage.find((name) => name.kind !== 'machine-translation' && name.kind !== 'pinyin')
}

/** Latin names compare without case, diacritics, spaces, hyphens or apostrophes (Tso Tsung-t'ang = tsotsungtang); Han names after simplification. */
export function nameKey(text: string): string {
  if (/^[A-Za-z]+$/.test(text)) return text.toLowerCase()
  if (/\p{Script=Han}/u.test(text)) return toSimplified(text).replace(/\s+/g, '')
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s'’ʼ‘`-]+/g, '')
}

/** The key of a name's first word: a phrase can only be a recorded name if its first word starts one. */
const firstWordKey = (text: string) => nameKey(text.split(/[\s-]+/)[0] ?? '')

/** Toneless pinyin run together, as a machine translation leaves a Chinese name: 阿古柏 → agubai. */
const pinyinKey = (han: string) => pinyin(han, { toneType: 'none', separator: '', v: true }).toLowerCase()

export type NameMatch = { entity: AuthorityEntity; name: AuthorityName }

/**
 * An authority ready for lookups: each name's key to the entities that carry
 * it, with the raw pinyin of every Chinese name added (as kind `pinyin`) where
 * the authority records no English name of that spelling.
 */
export class AuthorityIndex {
  readonly entities: AuthorityEntity[]
  private readonly byKey = new Map<string, NameMatch[]>()
  /** Han names by their first character, longest first, for scanning Chinese text. */
  private readonly hanByFirst = new Map<string, NameMatch[]>()
  /** The longest Latin name in words, to bound phrase lookups. */
  readonly maxWords: number
  /** First-word keys of every Latin name (and whole keys of one-word names), to skip phrases that start no name. */
  private readonly firstWords = new Set<string>()

  constructor(authority: Authority) {
    this.entities = authority.entities
    let maxWords = 1
    for (const entity of authority.entities) {
      for (const name of entity.names) {
        this.add(nameKey(name.text), { entity, name })
        if (/\p{Script=Han}/u.test(name.text)) {
          const simplified = nameKey(name.text)
          const list = this.hanByFirst.get(simplified[0] ?? '') ?? []
          list.push({ entity, name: { ...name, text: simplified } })
          this.hanByFirst.set(simplified[0] ?? '', list)
        } else maxWords = Math.max(maxWords, name.text.split(/\s+/).length)
      }
    }
    for (const entity of authority.entities) {
      for (const name of entity.names.filter((candidate) => candidate.language === 'zh')) {
        const key = pinyinKey(name.text)
        if (key.length >= 4 && !this.byKey.has(key)) this.add(key, { entity, name: { text: key, language: 'en', kind: 'pinyin' } })
      }
    }
    for (const list of this.hanByFirst.values()) list.sort((a, b) => b.name.text.length - a.name.text.length)
    this.maxWords = maxWords
  }

  /** Whether a word can begin a recorded Latin name. */
  startsName(word: string): boolean {
    return this.firstWords.has(nameKey(word))
  }

  private add(key: string, match: NameMatch) {
    if (!/\p{Script=Han}/u.test(match.name.text)) {
      this.firstWords.add(firstWordKey(match.name.text))
      this.firstWords.add(key)
    }
    const list = this.byKey.get(key) ?? []
    if (!list.some((existing) => existing.entity === match.entity)) list.push(match)
    this.byKey.set(key, list)
  }

  /** The entities a written name (any script) may stand for. */
  lookup(text: string): NameMatch[] {
    return this.byKey.get(nameKey(text)) ?? []
  }

  /** Authority names written in Chinese at `offset` of a (simplified) text, longest first. */
  hanNamesAt(simplifiedText: string, offset: number): NameMatch[] {
    return (this.hanByFirst.get(simplifiedText[offset] ?? '') ?? []).filter((match) => simplifiedText.startsWith(match.name.text, offset))
  }

  /** Every recorded Latin name of every entity, with its key, for near-miss and cut-short checks. */
  latinNames(): (NameMatch & { key: string })[] {
    return this.entities.flatMap((entity) => entity.names.filter((name) => !/\p{Script=Han}/u.test(name.text) && /\p{Script=Latin}/u.test(name.text)).map((name) => ({ entity, name, key: nameKey(name.text) })))
  }
}
