/**
 * Choosing a document's title among the short lines at its top. Sites print
 * their own name, a breadcrumb trail or a tagline there as well as the
 * article's title; what tells the title apart is that the article's opening
 * text is about it, so its words recur there, while the site's name does not.
 */

/** "Site - Section - Title", "Site › Title", "Title | Site". */
export const CRUMB_SEPARATOR = /\s+[-–—>›»|/]\s+/

/** The longest title kept; a longer first line is text, not a title. */
export const MAX_TITLE_LENGTH = 300

/** Words of three letters or more, and pairs of adjacent Han characters: what two texts about one thing share. */
function terms(text: string): Set<string> {
  // Stryker disable next-line MethodExpression: both texts are folded the same way, to either case
  const lower = text.toLowerCase()
  // Stryker disable next-line ArrayDeclaration: a made-up term no lead holds counts like no term
  const words = lower.match(/[\p{L}\p{N}]{3,}/gu)?.filter((word) => !/\p{Script=Han}/u.test(word)) ?? []
  const han = [...lower.matchAll(/\p{Script=Han}+/gu)].flatMap(([run]) => Array.from({ length: Math.max(0, run.length - 1) }, (_, index) => run.slice(index, index + 2)))
  return new Set([...words, ...han])
}

/** The share of a line's terms that the lead text also uses (0 when the line has none). */
export function leadOverlap(line: string, lead: string): number {
  const own = terms(line)
  // Stryker disable next-line ConditionalExpression: 0/0 is NaN, which no threshold passes either
  if (!own.size) return 0
  const leadTerms = terms(lead)
  let shared = 0
  for (const term of own) if (leadTerms.has(term)) shared++
  return shared / own.size
}

/**
 * The index of the title among candidate lines (in document order): the
 * first whose terms the lead mostly repeats, else the first line.
 */
export function chooseTitle(candidates: readonly string[], lead: string): number {
  const index = candidates.findIndex((candidate) => leadOverlap(candidate, lead) >= 0.5)
  // Stryker disable next-line EqualityOperator: index 0 gives 0 either way
  return index < 0 ? 0 : index
}

/** A title cut to MAX_TITLE_LENGTH characters. */
export const boundedTitle = (title: string) => (title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…` : title)
