/**
 * Given names whose initials were written together ("CJ.", "C.J.", "P.G.") as
 * separate initials, each with its period ("C. J."), as Chicago prints them.
 * A run of capitals counts as initials only when it ends in a period or each
 * letter has one, so a given name such as "JJ" or "Peter" is left alone.
 */
export function spacedInitials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      if (/^(?:\p{Lu}\.){2,}$/u.test(token)) return token.split('.').filter(Boolean).map((letter) => `${letter}.`).join(' ')
      if (/^\p{Lu}{2,3}\.$/u.test(token)) return [...token.slice(0, -1)].map((letter) => `${letter}.`).join(' ')
      return token
    })
    .join(' ')
}
