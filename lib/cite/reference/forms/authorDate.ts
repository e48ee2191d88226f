import { issuedOf } from '../dates'
import { peopleOf } from '../names'
import { looksLikeNames } from '../text'
import type { ParsedReference } from '../types'
import { readTitleAndDetails } from './titleAndDetails'

/**
 * Author–date forms: APA "Perdue, P. C. (2005). Title. Publisher.", Harvard "Perdue, P.C. (2005) Title.
 * Place: Publisher." and "Perdue, P.C., 2005. Title", Chicago author-date "Perdue, Peter C. 2005. Title.",
 * and what Wikipedia's citation templates print: "Forsyth, James (1994). Title. Publisher. ISBN …",
 * "Jenne, Jeremiah (September 6, 2016). "Title". Site.", "Gong, Shuduo; Liu, Delin (2007). …".
 */
export function readAuthorDate(text: string, reference: ParsedReference): boolean {
  // The date in brackets may hold brackets of its own: "(2007 (earlier edition, 1994))".
  const bracketed = /^(.+?)\s*\(((?:[^()]|\([^()]*\))*?\d{4}[a-z]?(?:[^()]|\([^()]*\))*|n\.d\.)\)[.,]?\s*(.*)$/s.exec(text)
  const bare = /^(.+?)[.,]\s+(\d{4}[a-z]?|n\.d\.)[.,]\s+(.+)$/s.exec(text)
  const match = bracketed ?? bare
  if (!match?.[1] || !match[2]) return false
  const written = !bracketed && /(?:^|[\s.])\p{Lu}$/u.test(match[1]) ? `${match[1]}.` : match[1]
  const names = written.replace(/\s*\((?:eds?|editors?)\.?\)\s*$/i, '')
  const editorsOnly = names !== written || /\s\(?eds?\.\)?$/.test(names)
  if (!looksLikeNames(names.replace(/\s*;\s*/g, ', ').replace(/\s+eds?\.$/, '')) && !/;/.test(names)) return false
  const people = peopleOf(names.replace(/\s+eds?\.$/, ''))
  if (editorsOnly) reference.editors = people
  else reference.authors = people
  reference.issued = match[2] === 'n.d.' ? null : issuedOf(match[2])
  readTitleAndDetails(match[3] ?? '', reference)
  return true
}
