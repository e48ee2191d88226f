import ISBN from 'isbn3'

export type IsbnCheck = { ok: true; isbn13: string; hyphenated: string } | { ok: false; reason: string }

/** Validates an ISBN in any of its written forms (10 or 13 digits, hyphens, spaces, "ISBN" prefix) and normalizes it to ISBN-13. */
export function checkIsbn(text: string): IsbnCheck {
  // The prefix is anchored at the start: "ISBN" elsewhere is no written form of an ISBN and fails the parse either way.
  const compact = text.replace(/^\s*ISBN(?:-1[03])?:?\s*/i, '').replace(/[\s‐-―-]/g, '')
  const parsed = ISBN.parse(compact)
  if (!parsed || !parsed.isValid || !parsed.isbn13 || !parsed.isbn13h) {
    return { ok: false, reason: `"${text.trim()}" is not a valid ISBN (wrong length or check digit).` }
  }
  return { ok: true, isbn13: parsed.isbn13, hyphenated: parsed.isbn13h }
}
