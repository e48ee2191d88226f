import { takeTrailingPage } from './locator'
import { looksLikeNames } from './text'
import type { Locator, ShortForm } from './types'

const IBID = /^(?:ibid|ibidem|id|idem|там же|同上|同前|同前注|同上注|上揭|同书|同書)[.。，,]?\s*/iu
/** 前揭《…》 / 前引《…》 / 前揭书 / op. cit.: a work cited before, named by its title or its author. */
const CITED_BEFORE = /^(?:(.+?)[：:，,]?\s*)?(?:前揭|前引|前掲|前注|上引)\s*(?:[《〈]([^》〉]+)[》〉]|[书書文])?/u
const OP_CIT = /^(.+?),?\s+(?:op\.\s*cit|loc\.\s*cit)\.?/i

export type ShortFormRead = { shortForm: ShortForm; locator: Locator | null; rest: string }

/**
 * Recognizes a note that only points at a work cited in full elsewhere, the locator already taken
 * out of `text`: "Ibid.", "Ibid., 45", "同上", "同上，第12页", "前揭《圣武记》", "Kang 2013",
 * "Andrade", "March", "Perdue, China Marches West", "Perdue 2005, 45", "Perdue, op. cit.".
 * A bare family name counts only with a locator (it could be a one-word remark otherwise).
 */
export function readShortForm(text: string, hasLocator: boolean): null | ShortFormRead {
  const trimmed = text.replace(/^[\s,.;]+|[\s,.;。]+$/g, '')
  const ibid = IBID.exec(trimmed)
  if (ibid) {
    const page = takeTrailingPage(`,${trimmed.slice(ibid[0].length)}`)
    const rest = trimmed.slice(ibid[0].length).trim()
    if (!rest || page.locator || /^\d/.test(rest)) return { shortForm: { kind: 'ibid' }, locator: page.locator ?? (/^\d/.test(rest) ? { locatorType: 'page', locator: rest.replace(/[.。]$/, '') } : null), rest: '' }
  }
  const citedBefore = CITED_BEFORE.exec(trimmed)
  if (citedBefore && /前揭|前引|前掲|前注|上引/.test(citedBefore[0])) {
    if (citedBefore[2]) return { shortForm: { kind: 'title', shortTitle: citedBefore[2] }, locator: null, rest: '' }
    if (citedBefore[1]) return { shortForm: { kind: 'author', family: citedBefore[1].trim(), year: null, shortTitle: null }, locator: null, rest: '' }
  }
  const opCit = OP_CIT.exec(trimmed)
  if (opCit?.[1] && looksLikeNames(opCit[1])) return { shortForm: { kind: 'author', family: familyOf(opCit[1]), year: null, shortTitle: null }, locator: null, rest: '' }

  const { locator: trailing, rest } = hasLocator ? { locator: null, rest: trimmed } : takeTrailingPage(trimmed)
  // "Kang 2013" / "Kang (2013)" / "Kang 2013a" / "Wurm 1996" / "Andrade" / "March" (with a locator)
  const authorYear = /^([\p{Lu}][\p{L}'’-]+(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+)?)(?:,?\s+\(?(\d{4})[a-z]?\)?)?$/u.exec(rest)
  if (authorYear?.[1] && (authorYear[2] || hasLocator || trailing)) {
    return { shortForm: { kind: 'author', family: familyOf(authorYear[1]), year: authorYear[2] ?? null, shortTitle: null }, locator: trailing, rest: '' }
  }
  // "Perdue, China Marches West" (Chicago's short note: family name, short title)
  const authorTitle = /^([\p{Lu}][\p{L}'’-]+(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+)?),\s+(?:["“]([^"”]+?)[,.]?["”]|([^,.()]+?))$/u.exec(rest)
  const shortTitle = authorTitle?.[2] ?? authorTitle?.[3]
  if (authorTitle?.[1] && shortTitle && (hasLocator || trailing) && shortTitle.split(/\s+/).length <= 6 && !/\d{4}/.test(shortTitle)) {
    return { shortForm: { kind: 'author', family: familyOf(authorTitle[1]), year: null, shortTitle }, locator: trailing, rest: '' }
  }
  return null
}

const familyOf = (names: string) => names.split(/\s+(?:and|&)\s+/)[0]?.trim().split(/\s+/).pop() ?? names
