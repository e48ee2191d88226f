import { pinyin } from 'pinyin-pro'

import { nameKey, preferredName, type AuthorityEntity } from '@/lib/reconcile/authority'
import { isEnglishWord } from '@/lib/reconcile/lexicon'
import { mentionsIn, wordsOf, type Mention, type Word } from '@/lib/reconcile/mentions'
import type { Finding, FindingKind, Message, Severity } from '@/lib/reconcile/types'
import { isProse, type CheckContext, type CheckedSegment } from './context'

type Located = Mention & { segment: CheckedSegment }

/** Several checks read a segment's words; each segment is split once. */
const wordCache = new WeakMap<CheckedSegment, Word[]>()
function wordsOfSegment(segment: CheckedSegment): Word[] {
  let words = wordCache.get(segment)
  if (!words) wordCache.set(segment, (words = wordsOf(segment.masked)))
  return words
}

const isCapitalised = (text: string) => /^\p{Lu}/u.test(text)
const ROLE = /^(?:ambassador|envoy|general|commander|governor|emperor|empress|khan|minister|prince|princess|official|chief|leader|king|queen|tsar|czar|consul|viceroy|amban|marquis|count|duke|lord|colonel|captain|admiral|dynasty|court)$/i

const finding = (segment: CheckedSegment, start: number, end: number, kind: FindingKind, severity: Severity, message: Message, suggestion?: string): Finding => ({
  kind,
  severity,
  segmentId: segment.id,
  start,
  end,
  quote: segment.text.slice(start, end),
  message,
  ...(suggestion ? { suggestion } : {}),
})

const preferred = (entity: AuthorityEntity, language: string) => preferredName(entity, language)?.text

/** Renderings the authority records as machine translation, and raw pinyin of a Chinese name. */
function renderingFindings(mention: Located, language: string, properlyNamed: Set<AuthorityEntity>): Finding[] {
  const better = preferred(mention.entity, language)
  if (!better || nameKey(better) === nameKey(mention.written)) return []
  if (mention.name.kind === 'machine-translation') {
    return [finding(mention.segment, mention.start, mention.end, 'machine-translated-name', 'high', { en: `"${mention.written}" is a machine-translation rendering; the recorded name is ${better}.`, zh: `“${mention.written}”是机器翻译的译名，规范名称为 ${better}。` }, better)]
  }
  // Pinyin beside a proper name of the same entity is a gloss ("the Amur, or Heilong Jiang"); alone, the translation left it.
  if (mention.name.kind === 'pinyin' && !properlyNamed.has(mention.entity) && !isPartOfRecordedName(mention)) {
    return [finding(mention.segment, mention.start, mention.end, 'pinyin-name', 'medium', { en: `"${mention.written}" is raw pinyin of a Chinese name; the recorded English name is ${better}.`, zh: `“${mention.written}”是中文名称的拼音直译，规范英文名称为 ${better}。` }, better)]
  }
  return []
}

const wordKeys = (text: string) => text.split(/[\s-]+/).map(nameKey)
/** "Amur" for "Amur River", "Kangxi" for "Kangxi Emperor": every word of one is a word of the other. */
const shortensOther = (a: string, b: string) => {
  const [shorter, longer] = wordKeys(a).length <= wordKeys(b).length ? [wordKeys(a), wordKeys(b)] : [wordKeys(b), wordKeys(a)]
  return shorter.every((word) => longer.includes(word))
}
const isPartOfRecordedName = (mention: Located) =>
  mention.entity.names.some((name) => name.kind !== 'pinyin' && name.kind !== 'machine-translation' && name.language === 'en' && shortensOther(mention.written, name.text))

/** One entity under several spellings: only spelling variants count (a historic name beside the modern one is the historian's choice). */
function variantFindings(mentions: Located[], language: string): Finding[] {
  // Per entity, the spellings written (by key), each with its first written form and whether it is a pinyin rendering.
  const spellings = new Map<AuthorityEntity, Map<string, { written: string; pinyin: boolean }>>()
  for (const mention of mentions) {
    const forms = spellings.get(mention.entity) ?? new Map<string, { written: string; pinyin: boolean }>()
    const key = nameKey(mention.written)
    if (!forms.has(key)) forms.set(key, { written: mention.written, pinyin: mention.name.kind === 'pinyin' })
    spellings.set(mention.entity, forms)
  }
  const findings: Finding[] = []
  for (const mention of mentions) {
    const better = preferred(mention.entity, language)
    const key = nameKey(mention.written)
    if (mention.name.kind !== 'variant' || !better || key === nameKey(better)) continue
    const differing = [...(spellings.get(mention.entity) ?? new Map<string, { written: string; pinyin: boolean }>())]
      .filter(([otherKey, other]) => !other.pinyin && otherKey !== key && !shortensOther(other.written, mention.written))
      .map(([, other]) => other.written)
    if (!differing.length) continue
    const others = differing.join(', ')
    const term = mention.entity.type === 'term'
    findings.push(
      finding(
        mention.segment,
        mention.start,
        mention.end,
        term ? 'term-variants' : 'name-variants',
        'low',
        {
          en: `${term ? 'One term' : 'One entity'} is written "${mention.written}" here and ${others} elsewhere in this text; the recorded form is ${better}.`,
          zh: `同一${term ? '术语' : '对象'}在本文中既写作“${mention.written}”，又写作 ${others}；规范写法为 ${better}。`,
        },
        better,
      ),
    )
  }
  return findings
}

/** A recorded person or place name, or an unknown word right after a title ("ambassador … ignatieff"), written in lower case. */
function lowercaseFindings(segment: CheckedSegment, mentions: Located[]): Finding[] {
  const findings: Finding[] = []
  for (const mention of mentions) {
    if (mention.entity.type === 'term' || isCapitalised(mention.written) || !isCapitalised(mention.name.text) || isEnglishWord(mention.written)) continue
    findings.push(finding(segment, mention.start, mention.end, 'lowercase-name', 'medium', { en: `The name "${mention.written}" is written in lower case.`, zh: `人名或地名“${mention.written}”误用了小写。` }, mention.name.text))
  }
  const words = wordsOfSegment(segment)
  words.forEach((word, index) => {
    if (isCapitalised(word.text) || word.text.length < 4 || isEnglishWord(word.text) || mentions.some((mention) => mention.start <= word.start && word.end <= mention.end)) return
    const previous = words[index - 1]
    const titled = words.slice(Math.max(0, index - 6), index).some((candidate) => ROLE.test(candidate.text))
    if (!previous || !(isCapitalised(previous.text) || ROLE.test(previous.text)) || !titled) return
    const capitalised = word.text[0]?.toUpperCase() + word.text.slice(1)
    findings.push(finding(segment, word.start, word.end, 'lowercase-name', 'medium', { en: `"${word.text}" looks like a personal name written in lower case.`, zh: `“${word.text}”疑为人名，却用了小写。` }, capitalised))
  })
  return findings
}

/** Surname alone (Zuo) where the document never gives the whole name the authority records (Zuo Zongtang). */
function cutShortByAuthority(context: CheckContext, located: Located[]): Finding[] {
  const wholeNamed = new Set(located.map((mention) => mention.entity))
  const surnames = new Map<string, AuthorityEntity>()
  for (const entity of context.authority.entities) {
    if (entity.type !== 'person') continue
    const han = entity.names.find((name) => name.language === 'zh')?.text
    const english = preferred(entity, 'en')
    const surname = han ? pinyin(han[0] ?? '', { toneType: 'none' }).toLowerCase() : ''
    if (english && surname && english.includes(' ') && nameKey(english.split(' ')[0] ?? '') === surname) surnames.set(surname, entity)
  }
  const findings: Finding[] = []
  for (const segment of context.segments.filter(isProse)) {
    const words = wordsOfSegment(segment)
    words.forEach((word, index) => {
      const entity = surnames.get(word.text.toLowerCase())
      const next = words[index + 1]
      if (!entity || wholeNamed.has(entity) || !isCapitalised(word.text)) return
      if (next && isCapitalised(next.text) && /^\s$/.test(segment.masked.slice(word.end, next.start))) return
      const whole = preferred(entity, 'en') ?? ''
      findings.push(finding(segment, word.start, word.end, 'truncated-name', 'medium', { en: `"${word.text}" alone: the name is cut short; the authority has ${whole}.`, zh: `“${word.text}”只剩姓氏，名称被截短；规范名称为 ${whole}。` }, whole))
    })
  }
  return findings
}

/** A capitalised word that is the tail of a longer name in the same document (Lin / Xilin): a name split by the translation. */
function cutShortInDocument(context: CheckContext): Finding[] {
  const prose = context.segments.filter(isProse)
  const wordsBySegment = prose.map((segment) => wordsOfSegment(segment))
  const counts = new Map<string, number>()
  for (const word of wordsBySegment.flat()) counts.set(word.text, (counts.get(word.text) ?? 0) + 1)
  const findings: Finding[] = []
  prose.forEach((segment, segmentIndex) => {
    const words = wordsBySegment[segmentIndex] ?? []
    // The longer names written in this segment and its neighbours.
    const nearby = wordsBySegment.slice(Math.max(0, segmentIndex - 1), segmentIndex + 2).flat().filter((word) => isCapitalised(word.text) && word.text.length >= 5)
    words.forEach((word, index) => {
      if (!isCapitalised(word.text) || word.text.length < 3 || context.authority.lookup(word.text).length) return
      // Part of a longer name ("Lin Xingzhu", "Heilong Jiang"), established on its own, or an ordinary word used in lower case too.
      const joined = (other: (typeof words)[number] | undefined) => other && isCapitalised(other.text) && /^\s$/.test(segment.masked.slice(Math.min(other.end, word.end), Math.max(other.start, word.start)))
      if (joined(words[index - 1]) || joined(words[index + 1]) || (counts.get(word.text) ?? 0) > 2 || counts.has(word.text.toLowerCase())) return
      const tail = word.text.toLowerCase()
      const whole = nearby.find((other) => other.text.length >= tail.length + 2 && other.text.toLowerCase().endsWith(tail) && !isEnglishWord(other.text))?.text
      if (!whole || isEnglishWord(whole.slice(0, whole.length - tail.length))) return
      findings.push(finding(segment, word.start, word.end, 'truncated-name', 'low', { en: `"${word.text}" may be ${whole} cut short, as this text names it nearby.`, zh: `“${word.text}”可能是本文附近出现的 ${whole} 被截短。` }, whole))
    })
  })
  return findings
}

/** Levenshtein distance, stopping once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/** An unknown capitalised word one letter away from a recorded name (Tarbahatai / Tarbagatai). */
function nearAuthorityFindings(context: CheckContext): Finding[] {
  const recorded = context.authority.latinNames().filter((name) => name.key.length >= 6 && !name.name.text.includes(' '))
  const findings: Finding[] = []
  for (const segment of context.segments.filter(isProse)) {
    for (const word of wordsOfSegment(segment)) {
      if (!isCapitalised(word.text) || word.text.length < 6 || context.authority.lookup(word.text).length || isEnglishWord(word.text)) continue
      const key = nameKey(word.text)
      // A recorded name with an ending added or dropped is a derived form (Kashgar → Kashgari), not a misspelling.
      const near = recorded.find((name) => !key.startsWith(name.key) && !name.key.startsWith(key) && distance(key, name.key, 1) === 1)
      if (!near) continue
      const better = preferred(near.entity, 'en') ?? near.name.text
      findings.push(finding(segment, word.start, word.end, 'near-authority-name', 'low', { en: `"${word.text}" is not recorded; it is one letter from ${near.name.text} (${better}).`, zh: `“${word.text}”未收录，与已记录的 ${near.name.text}（${better}）仅差一个字母。` }, near.name.text))
    }
  }
  return findings
}

export function checkNames(context: CheckContext): Finding[] {
  const located: Located[] = context.segments.filter(isProse).flatMap((segment) => mentionsIn(segment.masked, context.language, context.authority).map((mention) => ({ ...mention, segment })))
  const properlyNamed = new Set(located.filter((mention) => mention.name.kind !== 'pinyin' && mention.name.kind !== 'machine-translation').map((mention) => mention.entity))
  const findings = [...located.flatMap((mention) => renderingFindings(mention, context.language, properlyNamed)), ...variantFindings(located, context.language)]
  if (context.language === 'en') {
    for (const segment of context.segments.filter(isProse)) findings.push(...lowercaseFindings(segment, located.filter((mention) => mention.segment === segment)))
    findings.push(...cutShortByAuthority(context, located), ...cutShortInDocument(context), ...nearAuthorityFindings(context))
  }
  return findings
}
