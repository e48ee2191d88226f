import ISBN from 'isbn3'

export type IsbnCheck = { ok: true; isbn13: string; hyphenated: string } | { ok: false; reason: string }

/** Whether the last digit of a 10- or 13-digit ISBN is the one its other digits call for. */
function checkDigitHolds(digits: string): boolean {
  if (digits.length === 10) {
    const sum = [...digits].reduce((total, char, index) => total + (char.toUpperCase() === 'X' ? 10 : Number(char)) * (10 - index), 0)
    return sum % 11 === 0
  }
  const sum = [...digits].reduce((total, char, index) => total + Number(char) * (index % 2 ? 3 : 1), 0)
  return sum % 10 === 0
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
  if (!checkDigitHolds(compact)) return { ok: false, reason: `ISBN check digit wrong: "${written}".` }
  const parsed = ISBN.parse(compact)
  if (!parsed || !parsed.isValid || !parsed.isbn13 || !parsed.isbn13h) return { ok: false, reason: `ISBN "${written}" is in no assigned ISBN range.` }
  return { ok: true, isbn13: parsed.isbn13, hyphenated: parsed.isbn13h }
}
