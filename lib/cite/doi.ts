export type DoiCheck = { ok: true; doi: string } | { ok: false; reason: string }

/**
 * A DOI in the form Crossref recommends matching (10.NNNN[.NNNN…]/suffix), as
 * written or after "doi:" / https://doi.org/. DOIs are case-insensitive:
 * the normalized form is lower-case, without the resolver prefix.
 */
export function checkDoi(text: string): DoiCheck {
  const compact = text
    .trim()
    .replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '')
    .replace(/[.,;]+$/, '')
  if (/^10\.\d{4,9}(?:\.\d+)*\/[-._;()/:<>\w\p{L}]+$/u.test(compact)) return { ok: true, doi: compact.toLowerCase() }
  return { ok: false, reason: `"${text.trim()}" is not a well-formed DOI (10.NNNN/suffix).` }
}
