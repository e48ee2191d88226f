import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { PageMemory } from './pageMemory'
import { pageOf, sendPage, type Page } from './sendPage'
import { hasSession } from './turns'
import { isClientOnlyShell, withoutClientRuntime } from './withoutClientRuntime'

/** The headers Next's client router sends (app-router-headers.js) and varies its answers on: such a request wants the RSC payload, not the page. */
const routerHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-hmr-refresh']
const maxPageBytes = 4 * 1024 * 1024

/**
 * Whether a reading-page request may be answered from memory: an anonymous
 * reader asking for the page itself (draft mode is not a reading-page request
 * at all).
 */
export function mayUseStoredPage(req: IncomingMessage): boolean {
  // A signed-in editor is never sent a page from memory.
  if (hasSession(req)) return false
  return !routerHeaders.some((name) => req.headers[name] !== undefined) && !/[?&]_rsc=/.test(req.url ?? '')
}

/**
 * Whether a response may be kept and sent to other readers: a full 200 to a
 * GET that sets no cookie and varies with nothing but the encoding and the
 * router headers (absent from every request answered from memory). A reading
 * page depends on its address and the published data only, and the page
 * generation covers the data.
 */
export function isStorable(req: IncomingMessage, page: Page): boolean {
  if (req.method !== 'GET' || page.status !== 200 || page.headers['set-cookie'] !== undefined) return false
  if (page.body.byteLength > maxPageBytes) return false
  const vary = String(page.headers.vary ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean)
  return vary.every((name) => name === 'accept-encoding' || routerHeaders.includes(name))
}

/**
 * Holds back everything written to `res` (status, headers, body) and hands it
 * over whole when the writer ends the response. Next streams its pages; the
 * rewrite needs the whole document, and a stored page needs its exact bytes.
 */
export function captureResponse(res: ServerResponse, ended: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void): void {
  const chunks: Buffer[] = []
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  }
  const callbackIn = (args: unknown[]) => args.find((arg) => typeof arg === 'function') as (() => void) | undefined
  // Instance properties over the prototype's methods; deleting them gives the real ones back for sending.
  const own = res as unknown as Record<string, unknown>
  const restore = () => {
    for (const name of ['writeHead', 'write', 'end', 'flushHeaders']) delete own[name]
  }

  own.writeHead = (status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | undefined
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value)
    return res
  }
  own.flushHeaders = () => {}
  own.write = (chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0])
    const done = callbackIn(rest)
    if (done) process.nextTick(done)
    return true
  }
  own.end = (...args: unknown[]) => {
    if (typeof args[0] !== 'function') collect(args[0], args[1])
    const done = callbackIn(args)
    restore()
    if (done) res.once('finish', done)
    ended(res.statusCode, res.getHeaders(), Buffer.concat(chunks))
    return res
  }
}

type Options = {
  /** The shared store's current generation, read after the request came in (freshRead); rejects when there is no store. */
  generation: () => Promise<string>
  /** Renders the site's 404 page, sent where Next would send its client-only shell. */
  notFoundPage: () => Promise<string>
  maxBytes: number
}

/**
 * The public reading pages: sent without Next's client runtime (see
 * withoutClientRuntime.ts), and kept in memory as the bytes that go out, so a
 * page already sent is answered without Next. A kept page is served only in
 * the generation it was rendered in: every request first reads the current
 * generation from the database (shared with concurrent requests, see
 * freshRead), so a publish on any instance is seen by the next request here.
 */
export function readingPages({ generation, notFoundPage, maxBytes }: Options) {
  const memory = new PageMemory(maxBytes)

  async function finish(status: number, headers: OutgoingHttpHeaders, body: Buffer): Promise<Page> {
    if (!String(headers['content-type'] ?? '').startsWith('text/html')) return pageOf(status, headers, body)
    let html = body.toString('utf8')
    if (status === 404 && isClientOnlyShell(html)) html = await notFoundPage().catch((error: unknown) => (console.error('The 404 page could not be rendered:', error), html))
    return pageOf(status, headers, Buffer.from(withoutClientRuntime(html)))
  }

  /**
   * `run` runs the work of answering (sending the kept page, or rendering) when
   * the server's turn queue (turns.ts) comes to it; by default at once.
   */
  return async function serveReadingPage(req: IncomingMessage, res: ServerResponse, render: () => void, run: (work: () => void) => void = (work) => work()): Promise<void> {
    const key = req.url ?? '/'
    let renderedIn: string | undefined
    if (mayUseStoredPage(req)) {
      try {
        renderedIn = await generation()
        memory.observe(renderedIn)
      } catch {
        // No shared store yet (or the database away): render, keep nothing.
      }
    }
    const stored = renderedIn === undefined ? undefined : memory.get(key)
    if (stored) {
      return new Promise<void>((resolve, reject) => run(() => void Promise.resolve(sendPage(req, res, stored)).then(resolve, reject)))
    }
    captureResponse(res, (status, headers, body) => {
      finish(status, headers, body)
        .then((page) => {
          if (renderedIn !== undefined && isStorable(req, page)) memory.put(key, renderedIn, page)
          return sendPage(req, res, page)
        })
        .catch((error: unknown) => {
          console.error(error)
          res.destroy(error instanceof Error ? error : undefined)
        })
    })
    run(render)
  }
}
