/**
 * Where the editor's `/` menu opens: at the start of a line, after a space or
 * an opening bracket (Lexical's rule), and also right after punctuation that
 * ends a word: a citation goes after the full stop ("in 1864./", "。/"), and
 * that is where people type it.
 */
const OPENS_AFTER = String.raw`\s([（「『《〈【“‘.,;:!?。，、；：！？）」』》〉】”’…`

/** Characters that cannot be part of the text typed after `/` to filter the menu. */
const NOT_IN_QUERY = String.raw`\s.,+*?$@|#{}()^\-[\]\\/!%'"~=<>_:;。，、；：！？（）「」『』《》`

export type SlashMatch = { leadOffset: number; matchingString: string; replaceableString: string }

/** The `/` typed at the end of `textBeforeCursor` and the query after it, or null where the menu does not open. */
export function matchSlashTrigger(textBeforeCursor: string, trigger = '/', minLength = 0, maxLength = 75): SlashMatch | null {
  const escaped = trigger.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  const pattern = new RegExp(`(^|[${OPENS_AFTER}])(${escaped}((?:[^${escaped}${NOT_IN_QUERY}]){0,${maxLength}}))$`, 'u')
  const match = pattern.exec(textBeforeCursor)
  if (!match) return null
  const [, before = '', replaceableString = '', matchingString = ''] = match
  if (matchingString.length < minLength) return null
  return { leadOffset: match.index + before.length, matchingString, replaceableString }
}
