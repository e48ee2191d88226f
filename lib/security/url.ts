/**
 * Which addresses the platform lets into an `href` or a redirect. Pure code:
 * the collections call it when saving, the site again when rendering.
 *
 * A browser reads a URL more loosely than it looks: the WHATWG parser drops
 * leading and trailing control characters and spaces, removes tabs and
 * newlines anywhere, lower-cases the scheme and treats `\` as `/`. Stored text
 * may also reach a browser once more decoded than it was written (an HTML
 * entity, a percent escape). Every such reading of the text is checked, and an
 * allow-list decides: http, https, mailto, and paths on this site.
 */

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto'])
const SCHEME = /^([a-z][a-z\d+.-]*):/i
const EDGE_CONTROLS_OR_SPACES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g
const TABS_AND_NEWLINES = /[\t\n\r]/g
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/
const NETWORK_PATH = /^[/\\][/\\]/

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', apos: "'", bsol: '\\', colon: ':', lpar: '(', newline: '\n', num: '#', percnt: '%', period: '.', quest: '?', quot: '"', rpar: ')', semi: ';', sol: '/', tab: '\t',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (entity, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? entity
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity
  })
}

const decodePercent = (text: string) => text.replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/** The text as written and as each further decoding (entities, percent escapes) would present it, cleaned as a URL parser cleans it. */
function readings(raw: string): string[] {
  // Stryker disable next-line ArrayDeclaration: a made-up reading with no scheme and no leading slashes changes no verdict
  const forms: string[] = []
  let current = raw
  // Stryker disable next-line UpdateOperator,EqualityOperator: decoding more often only refuses more; text encoded deeper than five times is refused anyway, as no address at all
  for (let depth = 0; depth < 5; depth++) {
    const cleaned = current.replace(EDGE_CONTROLS_OR_SPACES, '').replace(TABS_AND_NEWLINES, '')
    forms.push(cleaned)
    const decoded = decodePercent(decodeEntities(cleaned))
    // Stryker disable next-line ConditionalExpression: decoding a stable text again gives it again
    if (decoded === cleaned) break
    current = decoded
  }
  return forms
}

// Stryker disable next-line OptionalChaining: a match always has its group
const schemeOf = (text: string) => SCHEME.exec(text)?.[1]?.toLowerCase()

/**
 * The address as a path on this site (path, query and fragment as the URL
 * parser normalises them), or null when it could lead anywhere else: a
 * network-path reference (`//host`, `/\host`, or either after decoding), a
 * scheme, whitespace or control characters.
 */
export function sameOriginPath(raw: null | string | undefined): null | string {
  if (!raw || !raw.startsWith('/') || CONTROL_OR_SPACE.test(raw)) return null
  // Every reading still starts with the slash (decoding never touches the first character), so none has a scheme.
  if (readings(raw).some((form) => NETWORK_PATH.test(form))) return null
  const base = 'http://same-origin.invalid'
  const resolved = new URL(raw, base)
  // Stryker disable next-line ConditionalExpression: defence in depth; the checks above leave nothing that resolves elsewhere
  if (resolved.origin !== base) return null
  return resolved.pathname + resolved.search + resolved.hash
}

export type LinkCheck = { ok: true; kind: 'web' | 'mailto' | 'internal' } | { ok: false; reason: string }

const ALLOWED_TEXT = 'a link may be a web address (https://…), a mailto: address or a path on this site (/…)'

/** Whether a link's address may be saved and rendered, and if not, why (in words an editor can act on). */
export function checkLinkUrl(raw: unknown): LinkCheck {
  if (typeof raw !== 'string' || !raw.trim()) return { ok: false, reason: `is empty; ${ALLOWED_TEXT}` }
  for (const form of readings(raw)) {
    const scheme = schemeOf(form)
    if (scheme && !ALLOWED_SCHEMES.has(scheme)) return { ok: false, reason: `uses the ${scheme}: scheme, which is not allowed; ${ALLOWED_TEXT}` }
  }
  const url = raw.replace(EDGE_CONTROLS_OR_SPACES, '')
  if (CONTROL_OR_SPACE.test(url)) return { ok: false, reason: `contains spaces or control characters; ${ALLOWED_TEXT}` }
  const scheme = schemeOf(url)
  if (scheme === 'mailto') return url.length > 'mailto:'.length ? { ok: true, kind: 'mailto' } : { ok: false, reason: 'is a mailto: without an address' }
  if (scheme) {
    const parsed = URL.canParse(url) ? new URL(url) : null
    return parsed?.hostname ? { ok: true, kind: 'web' } : { ok: false, reason: `is not a complete web address (https://host/…)` }
  }
  if (url.startsWith('#')) return { ok: true, kind: 'internal' }
  if (sameOriginPath(url) !== null) return { ok: true, kind: 'internal' }
  return { ok: false, reason: NETWORK_PATH.test(url) ? `leads to another site without saying how (//…); write https://…` : `is not one; ${ALLOWED_TEXT}` }
}

/** The address for an `href` when it passes the policy, else undefined: the link is rendered as plain text. */
export function safeHref(raw: unknown): string | undefined {
  return checkLinkUrl(raw).ok ? (raw as string).replace(EDGE_CONTROLS_OR_SPACES, '') : undefined
}
