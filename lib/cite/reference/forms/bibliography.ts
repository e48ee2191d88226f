import { peopleOf } from '../names'
import { looksLikeNames } from '../text'
import type { ParsedReference } from '../types'
import { readTitleAndDetails } from './titleAndDetails'

/**
 * Bibliography forms that open with the inverted first author and a full stop: Chicago
 * "Perdue, Peter C. China Marches West. Cambridge, MA: Belknap Press, 2005." and MLA
 * "Perdue, Peter C. China Marches West. Belknap Press, 2005." / "Perdue, Peter C. "Title."
 * Journal, vol. 55, no. 4, 1996, pp. 757–93." (also with "and Mark Elliott", "et al.", "ed.").
 */
export function readBibliography(text: string, reference: ParsedReference): boolean {
  for (const match of text.matchAll(/\.\s+(?=\S)/g)) {
    const endsInInitial = /(?:^|[\s.])\p{Lu}$/u.test(text.slice(0, match.index))
    const head = endsInInitial ? text.slice(0, match.index + 1) : text.slice(0, match.index)
    const after = text.slice(match.index + match[0].length)
    // "Perdue, P. C. Title": the stop after "P" ends an initial, not the name list.
    if (endsInInitial && /^\p{Lu}\.(?:\s|\p{Lu})/u.test(after)) continue
    // "Crossley, Pamela Kyle, Helen F. Siu, and …": in a list of names, a family name follows the initial.
    const inList = (head.match(/,/g) ?? []).length >= 2 || /\s(?:and|&)\s/.test(head)
    if (endsInInitial && inList && /^\p{Lu}[\p{L}'’-]+(?:,|\.\s|\s+(?:and|&)\s)/u.test(after)) continue
    const names = head.replace(/,?\s+(?:eds?|editors?|comp)$/i, '').replace(/,?\s+et al$/, '')
    if (!/^[^,]+,\s/.test(names) || !looksLikeNames(names)) return false
    const people = peopleOf(names)
    if (names !== head && /(?:eds?|editors?|comp)$/i.test(head)) reference.editors = people
    else reference.authors = people
    readTitleAndDetails(after, reference)
    return Boolean(reference.title.original)
  }
  return false
}
