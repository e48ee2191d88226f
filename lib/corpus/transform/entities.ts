import { normalizeTitle } from '@/lib/corpus/parse/wikiLink'
import { languageOfName, scriptOf, toSimplified } from '@/lib/corpus/script'
import type { Inline, WikiLink } from '@/lib/corpus/tree'
import type { NameKind, PlannedEntity, PlannedName } from './types'

type Kind = PlannedEntity['kind']

/** What the linked title itself says: place-name endings in Chinese and English (states count as places of the gazetteer). */
const PLACE_TITLE = /(?:县|縣|市|省|州|城|湖|河|江|山|关|關|岛|島|峡|峽|谷|盆地|草原|沙漠|地区|地區|汗国|汗國|帝国|帝國|王国|王國)$|\b(?:River|Lake|Mountains?|Range|County|City|Province|Oblast|Valley|Steppe|Basin|Fort|Khanate|Empire)$/
/** Words just before a link that introduce a place (今X, 攻克X, "at X") or a person (将军X, "General X"). */
const PLACE_BEFORE = /(?:今|占领|佔領|攻克|收复|收復|到|至|在|驻|駐|屯|往|经|經|侵占|侵佔|进至|進至|逃往|逃到|抵达|抵達|\b(?:in|at|to|from|near|of) )$/
const PERSON_BEFORE = /(?:将军|將軍|大臣|总督|總督|首领|首領|头目|頭目|将领|將領|派遣|派|命|令|皇帝|女王|苏丹|蘇丹|上校|外甥|长子|長子|\b(?:General|Emperor|Khan|King|Prince|Governor|Sultan|Queen) )$/
/** Words just after a link: a place is where things happen (X城, X一带); a person acts (X率, X所部, X等主张). */
const PLACE_AFTER = /^(?:城|河畔|一带|一帶|地区|地區|外围|外圍|会齐|會齊|北城|南城|以西|以东|以東|以南|以北|境内|境內)/
const PERSON_AFTER = /^(?:所部|部队|部隊|部(?!落)|率|为首|為首|亲自|親自|等主张|等主張|联络|聯絡|先后率|先後率|的亲笔|的親筆|\s(?:led|commanded|ordered|said|wrote)\b)/

export type LinkOccurrence = { link: WikiLink; before: string; after: string }

/** How much text either side of a link is read: enough for "Governor " or "Emperor " before it, not the sentence before that. */
const CONTEXT = 12

/** Every wiki link in inline content with the text around it; a label that runs on past the title counts as following text. */
export function linkOccurrences(content: readonly Inline[]): LinkOccurrence[] {
  const textOf = (inline: Inline | undefined) => (inline?.type === 'text' ? inline.text : inline?.type === 'wikiLink' ? inline.label : '')
  return content.flatMap((inline, index) => {
    if (inline.type !== 'wikiLink') return []
    const runOn = inline.label.startsWith(inline.target) ? inline.label.slice(inline.target.length) : ''
    return [{ link: inline, before: textOf(content[index - 1]).slice(-CONTEXT), after: runOn + textOf(content[index + 1]).slice(0, CONTEXT) }]
  })
}

/** Namespaced targets (Wikisource "s:", "Template:") are not places or people. */
const NAMESPACED = /^[A-Za-z]+:/

type Candidate = { key: string; names: PlannedName[]; votes: Record<Kind, string[]> }

/** Keys fold case and, for Chinese, traditional to simplified characters: one record per entity however the document spells it. */
const entityKey = (language: string, name: string) => `${language}:${toSimplified(normalizeTitle(name)).toLowerCase()}`

/** Collects place and person records from links and infobox values; one record per normalized title. */
export class EntityCollector {
  private readonly candidates = new Map<string, Candidate>()

  constructor(private readonly nameKind: NameKind) {}

  private candidate(name: string, language: string): Candidate {
    const key = entityKey(language, name)
    const existing = this.candidates.get(key)
    if (existing) return existing
    const created: Candidate = { key, names: [], votes: { person: [], place: [] } }
    this.candidates.set(key, created)
    this.addName(created, name, language, this.nameKind)
    return created
  }

  private addName(candidate: Candidate, name: string, language: string, kind: NameKind): void {
    if (!candidate.names.some((known) => known.name === name)) candidate.names.push({ name, language, script: scriptOf(name), kind })
  }

  addLink({ link, before, after }: LinkOccurrence): void {
    if (NAMESPACED.test(link.target) || !link.target) return
    const candidate = this.candidate(link.target, link.language)
    this.addName(candidate, link.target, link.language, this.nameKind)
    // A label no longer than the title (浩罕 for 浩罕汗国, 浩罕汗國) is a variant name; a label running on into the sentence is longer.
    // addName skips the title itself, the one such label that starts with it.
    const label = link.label.trim()
    if (label && label.length <= link.target.length) {
      this.addName(candidate, label, link.language, this.nameKind === 'official' ? 'variant' : this.nameKind)
    }
    if (PLACE_TITLE.test(link.target)) candidate.votes.place.push(`title "${link.target}"`)
    // The evidence quotes the words that decided, as the editor checking the classification reads them.
    const vote = (kind: Kind, pattern: RegExp, text: string, where: string) => {
      const words = pattern.exec(text)?.[0].trim()
      if (words) candidate.votes[kind].push(`"${words}" ${where} a link`)
    }
    vote('place', PLACE_BEFORE, before, 'before')
    vote('place', PLACE_AFTER, after, 'after')
    vote('person', PERSON_BEFORE, before, 'before')
    vote('person', PERSON_AFTER, after, 'after')
  }

  /** A name from an infobox field that only holds places (location) or people (commanders). */
  addInfoboxName(name: string, kind: Kind, field: string, documentLanguage: string): void {
    const clean = name.trim()
    if (!clean) return
    this.candidate(clean, languageOfName(clean, documentLanguage)).votes[kind].push(`infobox ${field}`)
  }

  /** Classified records, and the link targets that had no evidence either way. */
  result(): { entities: PlannedEntity[]; unclassified: string[] } {
    const entities: PlannedEntity[] = []
    const unclassified: string[] = []
    for (const candidate of this.candidates.values()) {
      const { place, person } = candidate.votes
      // Stryker disable next-line OptionalChaining: a candidate is created with its first name.
      if (place.length === person.length) unclassified.push(candidate.names[0]?.name ?? candidate.key)
      else {
        // Stryker disable next-line EqualityOperator: the votes are not equal here, so > and >= agree.
        const kind: Kind = place.length > person.length ? 'place' : 'person'
        entities.push({ kind, key: candidate.key, names: candidate.names, evidence: candidate.votes[kind] })
      }
    }
    return { entities, unclassified }
  }
}
