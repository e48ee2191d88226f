import Negotiator from 'negotiator'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

type Encoding = 'br' | 'gzip' | 'identity'
/** The page as sent in one encoding: body and complete headers, made once. */
type Variant = { headers: OutgoingHttpHeaders; body: Buffer }

/** A response as it will be sent, before any content encoding; each encoding's variant is made once and kept. */
export type Page = { status: number; headers: OutgoingHttpHeaders; body: Buffer; variants: Map<Encoding, Variant | Promise<Variant>> }

const encodings: Encoding[] = ['br', 'gzip', 'identity']
// Smaller bodies are not worth compressing (the compression middleware's own default threshold).
const threshold = 1024

const compressors: Record<Exclude<Encoding, 'identity'>, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }),
  gzip: (body) => promisify(gzip)(body),
}

// Headers that belong to one transfer of the body, not to the page.
const perTransfer = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

export function pageOf(status: number, headers: OutgoingHttpHeaders, body: Buffer): Page {
  const kept: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !perTransfer.has(name.toLowerCase())) kept[name.toLowerCase()] = value
  return { status, headers: kept, body, variants: new Map() }
}

// Browsers send a handful of distinct Accept-Encoding values: negotiate each once.
const negotiated = new Map<string, Encoding>()
function chooseEncoding(req: IncomingMessage): Encoding {
  const accepted = req.headers['accept-encoding'] ?? ''
  let encoding = negotiated.get(accepted)
  if (!encoding) {
    encoding = (new Negotiator(req).encodings(encodings)[0] as Encoding | undefined) ?? 'identity'
    if (negotiated.size > 100) negotiated.clear()
    negotiated.set(accepted, encoding)
  }
  return encoding
}

const withVary = (vary: OutgoingHttpHeaders[string]) => {
  const names = String(vary ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  return names.some((name) => name.toLowerCase() === 'accept-encoding') ? names.join(', ') : [...names, 'Accept-Encoding'].join(', ')
}

function makeVariant(page: Page, encoding: Encoding): Variant | Promise<Variant> {
  const headers = (body: Buffer): OutgoingHttpHeaders => ({
    ...page.headers,
    vary: withVary(page.headers.vary),
    'content-length': body.byteLength,
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
  })
  if (encoding === 'identity') return { headers: headers(page.body), body: page.body }
  const made = compressors[encoding](page.body).then(
    (body) => {
      const variant = { headers: headers(body), body }
      page.variants.set(encoding, variant)
      return variant
    },
    (error: unknown) => {
      page.variants.delete(encoding)
      throw error
    },
  )
  page.variants.set(encoding, made)
  return made
}

/** Sends the page in the encoding the request prefers (br, gzip or none), compressing it for that encoding only once. */
export function sendPage(req: IncomingMessage, res: ServerResponse, page: Page): void | Promise<void> {
  const encoding = page.body.byteLength < threshold ? 'identity' : chooseEncoding(req)
  let variant = page.variants.get(encoding)
  if (!variant) {
    variant = makeVariant(page, encoding)
    if (!(variant instanceof Promise)) page.variants.set(encoding, variant)
  }
  const send = ({ headers, body }: Variant) => {
    res.writeHead(page.status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }
  if (variant instanceof Promise) return variant.then(send)
  send(variant)
}
