/**
 * A historian's record that they checked a cited work itself: which edition
 * and which pages. The reading page says so beside the note, in words a
 * screen reader reads as well as a sighted reader.
 */

type Text = null | string | undefined

export type Verification = { edition?: Text; pages?: Text; at?: Text }

const present = (value: Text) => value?.trim() || null

/** The most recent check (by its date; rows without one count as oldest), or null when nobody checked. */
export function latestVerification<T extends Verification>(rows: null | readonly T[] | undefined): null | T {
  let latest: null | T = null
  for (const row of rows ?? []) if (!latest || (row.at ?? '') >= (latest.at ?? '')) latest = row
  return latest
}

/** Pages as Chicago writes them: "p. 12" or "pp. 12–40" (a hyphen between numbers becomes an en dash). */
function pagesInEnglish(pages: string): string {
  const dashed = pages.replace(/(\d)\s*[-‐‑–—]\s*(\d)/g, '$1–$2')
  return /[–,]/.test(dashed) ? `pp. ${dashed}` : `p. ${dashed}`
}

/** An edition as written: "1998" becomes "the 1998 edition", "2nd ed." stays as it is. */
function editionInEnglish(edition: string): string {
  return /\bed(ition|\.)?\b/i.test(edition) ? `the ${edition}` : `the ${edition} edition`
}

/** "1998" → "1998 年版"; "第二版" stays; anything else gets 版. */
const editionInChinese = (edition: string) => (/^\d{4}$/.test(edition) ? `${edition} 年版` : /版/.test(edition) ? edition : `${edition}版`)

/** "Verified by a historian against the 1998 edition, pp. 12–40" / "经史学者核对：1998 年版，第 12–40 页". */
export function verificationText(verification: Verification, locale: 'en' | 'zh'): string {
  const edition = present(verification.edition)
  const pages = present(verification.pages)
  if (locale === 'zh') {
    const parts = [edition && editionInChinese(edition), pages && `第 ${pages.replace(/(\d)\s*[-‐‑–—]\s*(\d)/g, '$1–$2')} 页`].filter(Boolean)
    return parts.length ? `经史学者核对原书：${parts.join('，')}` : '经史学者核对原书'
  }
  const parts = [edition && `against ${editionInEnglish(edition)}`, pages && pagesInEnglish(pages)].filter(Boolean)
  return ['Verified by a historian', parts.join(', ')].filter(Boolean).join(' ')
}
