import { AuthorityIndex, type Authority } from './authority'
import { checkCalendar } from './checks/calendar'
import { isProse, YEAR, type Check, type CheckContext } from './checks/context'
import { checkDates } from './checks/dates'
import { checkMagnitudes } from './checks/magnitudes'
import { checkMechanical } from './checks/mechanical'
import { checkNames } from './checks/names'
import { maskMarkup } from './mask'
import { isLanguage, type Finding, type Language, type Segment } from './types'

/** Why a text cannot be checked; `code` lets callers react, `message` says what to fix. */
export class CheckInputError extends Error {
  readonly code: 'empty' | 'unsupported-language'

  constructor(code: CheckInputError['code'], message: string) {
    super(message)
    this.name = 'CheckInputError'
    this.code = code
  }
}

export type CheckInput = { segments: Segment[]; language: string; authority: Authority | AuthorityIndex }

const CHECKS: Check[] = [checkDates, checkMagnitudes, checkNames, checkMechanical, checkCalendar]

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 }

/**
 * Runs every translation-QA check over a text and returns its findings in
 * document order. Pure: the same text and authority give the same findings.
 * Throws a CheckInputError for a text with no words or a language other than
 * English or Chinese.
 */
export function checkText(input: CheckInput): Finding[] {
  if (!isLanguage(input.language)) throw new CheckInputError('unsupported-language', `The checks read English (en) and Chinese (zh) text, not "${input.language}".`)
  if (!input.segments.some((segment) => /[\p{L}\p{N}]/u.test(segment.text))) throw new CheckInputError('empty', 'The text is empty: there is nothing to check.')
  const language: Language = input.language
  const segments = input.segments.map((segment) => ({ ...segment, masked: maskMarkup(segment.text) }))
  const mentioned = segments.filter(isProse).flatMap((segment) => [...segment.masked.matchAll(YEAR)].map((match) => Number(match[1])))
  const periodYear = mentioned.sort((a, b) => a - b)[Math.floor(mentioned.length / 2)] ?? 1900
  const years = [...new Set(mentioned)]
  const authority = input.authority instanceof AuthorityIndex ? input.authority : new AuthorityIndex(input.authority)
  const context: CheckContext = { language, segments, authority, years, periodYear }

  const order = new Map(segments.map((segment, index) => [segment.id, index]))
  const seen = new Set<string>()
  return CHECKS.flatMap((check) => check(context))
    .filter((finding) => {
      const key = `${finding.kind}\u0000${finding.segmentId}\u0000${finding.start}\u0000${finding.end}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map(({ kind, severity, segmentId, start, end, quote, message, suggestion }) => ({ kind, severity, segmentId, start, end, quote, message, ...(suggestion === undefined ? {} : { suggestion }) }))
    .sort((a, b) => (order.get(a.segmentId) ?? 0) - (order.get(b.segmentId) ?? 0) || a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}
