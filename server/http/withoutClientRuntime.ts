import type { IncomingMessage } from 'node:http'

/** Next's draft-mode cookie: editors previewing drafts keep the client runtime (live preview needs it). */
const draftModeCookie = '__prerender_bypass'
/** The admin, the API, Next's assets, the map pages' data and scripts, and the draft-mode routes; everything else is the public site. */
const notReadingPath = /^\/(admin|api|_next|maps-assets|next)(\/|$)/

/** A map page, /<locale>/maps/<slug>: the one kind of reading page that runs a script of its own (server/maps/island.ts). */
export const isMapPagePath = (path: string): boolean => /^\/[a-z]{2}\/maps\/[^/]+\/?$/.test(path)

/** The map pages' script, which this module keeps (Next never emits a script from /maps-assets). */
const MAP_ISLAND_SCRIPT = /^\/maps-assets\/island\.js(\?|$)/

/**
 * The public reading pages are server components with no interactive parts
 * (note previews are CSS, search is a GET form), so readers are sent the HTML
 * without Next's client runtime: no React, no router, no inline RSC payload.
 * Links become ordinary page loads, which the page cache answers quickly.
 */
export function isReadingPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const path = (req.url ?? '/').split('?')[0]!
  if (notReadingPath.test(path)) return false
  return !(req.headers.cookie ?? '').split(';').some((cookie) => cookie.trim().startsWith(`${draftModeCookie}=`))
}

// The input is React's own serialization: text and attribute values never contain a raw `<` or
// `>` (React escapes them, and escapes `<` inside inline scripts, as our JSON-LD does), and
// attributes are double-quoted. That makes plain string search exact here, and it is many times
// faster than an HTML tokenizer or a regular expression over the inline RSC payload.
const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(attributes)?.[1]

function isClientRuntimeElement(tagName: 'link' | 'script', attributes: string): boolean {
  if (tagName === 'script') return attribute(attributes, 'type') !== 'application/ld+json' && !MAP_ISLAND_SCRIPT.test(attribute(attributes, 'src') ?? '')
  const rel = attribute(attributes, 'rel')?.toLowerCase()
  return rel === 'modulepreload' || (rel === 'preload' && attribute(attributes, 'as') === 'script')
}

/** Where `search` ends after `from`; the end of the text if it never comes (a cut-off document). */
const endOf = (html: string, search: string, from: number) => {
  const at = html.indexOf(search, from)
  return at === -1 ? html.length : at + search.length
}

/** The HTML without the elements that only boot Next's client runtime; structured data (JSON-LD) stays. */
export function withoutClientRuntime(html: string): string {
  const kept: string[] = []
  let from = 0
  let nextScript = html.indexOf('<script', from)
  let nextLink = html.indexOf('<link', from)
  while (nextScript !== -1 || nextLink !== -1) {
    const tagName = nextLink === -1 || (nextScript !== -1 && nextScript < nextLink) ? 'script' : 'link'
    const open = tagName === 'script' ? nextScript : nextLink
    const isElement = /[\s/>]/.test(html[open + tagName.length + 1] ?? '') // not <script-view> or <linkage>
    const openEnd = endOf(html, '>', open)
    const end = !isElement ? open + 1 : tagName === 'script' ? endOf(html, '</script>', openEnd) : openEnd
    const drop = isElement && isClientRuntimeElement(tagName, html.slice(open + tagName.length + 1, openEnd - 1))
    kept.push(html.slice(from, drop ? open : end))
    from = end
    if (nextScript !== -1 && nextScript < from) nextScript = html.indexOf('<script', from)
    if (nextLink !== -1 && nextLink < from) nextLink = html.indexOf('<link', from)
  }
  kept.push(html.slice(from))
  return kept.join('')
}

/** Next's answer to a notFound() call: an empty document that only the client runtime fills in (vercel/next.js#62228). */
export const isClientOnlyShell = (html: string): boolean => html.includes('<html id="__next_error__"')
