import { normalizeText, referenceKeys, type CitationRecordIdentity } from './dedup'
import type { ShortForm } from './reference/types'

type Candidate = CitationRecordIdentity & { authors?: CitationRecordIdentity['authors'] }

const familyNames = (work: Candidate) => (work.authors ?? []).flatMap((author) => [author.family, author.literal, author.romanized]).filter((name): name is string => Boolean(name)).map(normalizeText)

/** Whether a work is the one a short note names: an author's family name (and the year, or the start of the title, when the note gives them). */
export function shortFormMatches(shortForm: ShortForm, work: Candidate): boolean {
  const title = normalizeText(work.title?.original ?? '')
  if (shortForm.kind === 'ibid') return false
  if (shortForm.kind === 'title') return Boolean(title) && title.startsWith(normalizeText(shortForm.shortTitle))
  const family = normalizeText(shortForm.family)
  // A family name may be written whole ("Du Halde") or as its last word; Chinese names are matched as written.
  if (!familyNames(work).some((name) => name === family || name.split(' ').pop() === family)) return false
  if (shortForm.year && work.issued && !work.issued.startsWith(shortForm.year)) return false
  if (shortForm.year && !work.issued) return false
  if (shortForm.shortTitle) {
    const romanized = normalizeText(work.title?.romanized ?? '')
    const short = normalizeText(shortForm.shortTitle)
    if (!title.startsWith(short) && !romanized.startsWith(short) && !title.replace(/^(?:the|a|an) /, '').startsWith(short.replace(/^(?:the|a|an) /, ''))) return false
  }
  return true
}

/**
 * The one work among `candidates` a short note points at, or null when none or several distinct
 * works fit (two books by one author and no year to tell them apart). Candidates that are the same
 * work (a note and the bibliography entry for it) count as one; the first is returned.
 */
export function resolveShortForm<T>(shortForm: ShortForm, candidates: T[], workOf: (candidate: T) => Candidate): null | T {
  const matches = candidates.filter((candidate) => shortFormMatches(shortForm, workOf(candidate)))
  const [first] = matches
  if (!first) return null
  const firstKeys = new Set(referenceKeys(workOf(first)))
  return matches.every((match) => referenceKeys(workOf(match)).some((key) => firstKeys.has(key))) ? first : null
}
