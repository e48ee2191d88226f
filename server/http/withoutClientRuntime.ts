import type { IncomingMessage, ServerResponse } from 'node:http'

import onHeaders from 'on-headers'

import { LOCALES } from '../../lib/i18n/locales'

/** Next's draft-mode cookie: editors previewing drafts keep the client runtime (live preview needs it). */
const draftModeCookie = '__prerender_bypass'
const readingPath = new RegExp(`^/(${LOCALES.join('|')})(/|$)`)

/**
 * The public reading pages are server components with no interactive parts
 * (note previews are CSS, search is a GET form), so readers are sent the HTML
 * without Next's client runtime: no React, no router, no inline RSC payload.
 * Links become ordinary page loads, which the page cache answers quickly.
 */
export function isReadingPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const path = (req.url ?? '/').split('?')[0]!
  if (!readingPath.test(path)) return false
  return !(req.headers.cookie ?? '').split(';').some((cookie) => cookie.trim().startsWith(`${draftModeCookie}=`))
}

// The input is React's own serialization: a script's text never contains `</script` (React and
// Next escape `<` inside inline scripts, as our JSON-LD does), attributes are double-quoted.
// That makes two regular expressions exact here, and a thousand times faster than an HTML
// tokenizer over the inline RSC payload.
const scriptElement = /<script\b([^>]*)>[\s\S]*?<\/script>/g
const linkElement = /<link\b([^>]*)\/?>/g
const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(attributes)?.[1]

/** The HTML without the elements that only boot Next's client runtime; structured data (JSON-LD) stays. */
export function withoutClientRuntime(html: string): string {
  return html
    .replace(scriptElement, (element, attributes: string) => (attribute(attributes, 'type') === 'application/ld+json' ? element : ''))
    .replace(linkElement, (element, attributes: string) => {
      const rel = attribute(attributes, 'rel')?.toLowerCase()
      const loadsScript = rel === 'modulepreload' || (rel === 'preload' && attribute(attributes, 'as') === 'script')
      return loadsScript ? '' : element
    })
}

/**
 * Sends an HTML response through withoutClientRuntime: the body is collected
 * (reading pages are small, and the page cache hands Next one string anyway)
 * and rewritten at the end, sent chunked since its length is known only then.
 * Install after compression so the rewrite comes first; other content types
 * pass untouched.
 */
export function sendWithoutClientRuntime(res: ServerResponse): void {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  let body: Buffer[] | undefined

  onHeaders(res, () => {
    if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return
    res.removeHeader('content-length')
    body = []
  })
  const collect = (chunk: unknown) => {
    if (typeof chunk === 'string') body!.push(Buffer.from(chunk))
    else if (chunk instanceof Uint8Array) body!.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  }

  res.write = function (chunk: unknown, ...rest: unknown[]): boolean {
    if (!res.headersSent) res.writeHead(res.statusCode)
    if (!body) return write(chunk, ...rest)
    collect(chunk)
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (done) process.nextTick(done)
    return true
  } as ServerResponse['write']

  res.end = function (...args: unknown[]): ServerResponse {
    if (!res.headersSent) res.writeHead(res.statusCode)
    if (!body) return end(...args)
    if (typeof args[0] !== 'function') collect(args[0])
    const done = args.find((arg) => typeof arg === 'function')
    const html = withoutClientRuntime(Buffer.concat(body).toString('utf8'))
    return done ? end(html, done) : end(html)
  } as ServerResponse['end']
}
