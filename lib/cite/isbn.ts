import ISBN from 'isbn3'

export type IsbnCheck = { ok: true; isbn13: string; hyphenated: string } | { ok: false; reason: string }

/** The last digit a 10- or 13-digit ISBN's other digits call for ("X" stands for 10 in an ISBN-10). */
function expectedCheckDigit(digits: string): string {
  const body = [...digits.slice(0, -1)].map(Number)
  if (digits.length === 10) {
    const check = (11 - (body.reduce((total, digit, index) => total + digit * (10 - index), 0) % 11)) % 11
    return check === 10 ? 'X' : String(check)
  }
  return String((10 - (body.reduce((total, digit, index) => total + digit * (index % 2 ? 3 : 1), 0) % 10)) % 10)
}

/**
 * Validates an ISBN in any of its written forms (10 or 13 digits, hyphens, spaces, "ISBN" prefix)
 * and normalizes it to ISBN-13 (isbn3 knows the registration ranges and hyphenation). The reason
 * for a refusal says which of length, check digit or range is wrong.
 */
export function checkIsbn(text: string): IsbnCheck {
  // The prefix is anchored at the start: "ISBN" elsewhere is no written form of an ISBN and fails the parse either way.
  const compact = text.replace(/^\s*ISBN(?:-1[03])?:?\s*/i, '').replace(/[\s‐-―-]/g, '')
  const written = text.trim()
  if (!/^(?:\d{9}[\dXx]|\d{13})$/.test(compact)) return { ok: false, reason: `ISBN "${written}" has the wrong length (an ISBN has 10 or 13 digits).` }
  const expected = expectedCheckDigit(compact)
  if (compact.slice(-1).toUpperCase() !== expected) return { ok: false, reason: `ISBN check digit wrong: "${written}" (its other digits call for ${expected}).` }
  const parsed = ISBN.parse(compact)
  if (!parsed || !parsed.isValid || !parsed.isbn13 || !parsed.isbn13h) return { ok: false, reason: `ISBN "${written}" is in no assigned ISBN range.` }
  return { ok: true, isbn13: parsed.isbn13, hyphenated: parsed.isbn13h }
}
