import Negotiator from 'negotiator'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/** A response as it will be sent, before any content encoding; compressed bodies are made once each and kept. */
export type Page = { status: number; headers: OutgoingHttpHeaders; body: Buffer; encoded: Map<Encoding, Promise<Buffer>> }

type Encoding = 'br' | 'gzip'
const encodings = ['br', 'gzip', 'identity']
// Smaller bodies are not worth compressing (the compression middleware's own default threshold).
const threshold = 1024

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }),
  gzip: (body) => promisify(gzip)(body),
}

// Headers that belong to one transfer of the body, not to the page.
const perTransfer = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

export function pageOf(status: number, headers: OutgoingHttpHeaders, body: Buffer): Page {
  const kept: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !perTransfer.has(name.toLowerCase())) kept[name.toLowerCase()] = value
  return { status, headers: kept, body, encoded: new Map() }
}

function chooseEncoding(req: IncomingMessage, page: Page): Encoding | undefined {
  if (page.body.byteLength < threshold) return undefined
  const chosen = new Negotiator(req).encodings(encodings)[0]
  return chosen === 'br' || chosen === 'gzip' ? chosen : undefined
}

const withVary = (vary: OutgoingHttpHeaders[string]) => {
  const names = String(vary ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  return names.some((name) => name.toLowerCase() === 'accept-encoding') ? names.join(', ') : [...names, 'Accept-Encoding'].join(', ')
}

/** Sends the page in the encoding the request prefers (br, gzip or none), compressing it for that encoding only once. */
export async function sendPage(req: IncomingMessage, res: ServerResponse, page: Page): Promise<void> {
  const encoding = chooseEncoding(req, page)
  let body = page.body
  if (encoding) {
    let encoded = page.encoded.get(encoding)
    if (!encoded) {
      encoded = compressors[encoding](page.body)
      page.encoded.set(encoding, encoded)
      encoded.catch(() => page.encoded.delete(encoding))
    }
    body = await encoded
  }
  const headers: OutgoingHttpHeaders = { ...page.headers, vary: withVary(page.headers.vary), 'content-length': body.byteLength }
  if (encoding) headers['content-encoding'] = encoding
  res.writeHead(page.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}
