/**
 * Payload's `/` menu opens only at a line's start, after a space or an opening
 * bracket. A citation is typed right after the punctuation that ends the claim
 * ("…in 1864./", "…收回。/"), so the editor also opens it there. Not after a
 * letter or a digit (`and/or`, `1864/65`, `伊犁/`), nor after `:` or `/`,
 * which begin addresses (`https://`).
 */
const PUNCTUATION_BEFORE = /[.,;!?)\]"'”’»…。，、；！？）」』》〉】]$/u

/**
 * What the editor writes before such a `/` so that Payload's trigger, which
 * wants whitespace there, opens: U+FEFF counts as whitespace to a JavaScript
 * regular expression and shows as nothing. It never stays in saved text.
 */
export const MENU_OPENER = '\uFEFF'

/** Saved text without any menu opener left behind (the menu dismissed, the page left). */
export const withoutMenuOpeners = (text: string) => text.replaceAll(MENU_OPENER, '')

/** Whether a `/` typed at the end of this text should open the menu that Payload's own trigger would not. */
export function slashOpensMenuAfterPunctuation(textBeforeCursor: string): boolean {
  return PUNCTUATION_BEFORE.test(textBeforeCursor)
}
