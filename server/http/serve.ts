import { createServer, type Server } from 'node:http'

import compression from 'compression'
import next from 'next'

import { registeredPageCache } from '@/server/pageCache/sharedPageCache'
import { freshRead } from './freshRead'
import { readingPages } from './readingPages'
import { secureRequest, securityOptions } from './security'
import { requestPriority, turnQueue } from './turns'
import { isReadingPageRequest } from './withoutClientRuntime'

/** Memory for sent reading pages, per server instance (PAGE_MEMORY_MB, default 64). */
const pageMemoryBytes = Number(process.env.PAGE_MEMORY_MB ?? 64) * 1024 * 1024

/**
 * The production server: Next's request handler behind our own HTTP server.
 * Public reading pages go through readingPages.ts (without the client
 * runtime, a 404 as a real page, kept in memory as the bytes sent, compressed
 * once per encoding); everything else (admin, API, Next's assets) is
 * compressed on the fly here, as next.config sets compress: false. Every
 * request's work runs from the turn queue (turns.ts): a little per turn of
 * the event loop, editors first, so that under reader load the server keeps
 * taking connections and a save does not wait behind every reader.
 */
export async function serve({ dir, port }: { dir: string; port: number }): Promise<void> {
  const app = next({ dir, dev: false, hostname: 'localhost', port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const compress = compression()
  const security = securityOptions()
  // The global 404 page is static for a build: render it once, on the first 404 that needs it.
  let notFound: Promise<string> | undefined
  const notFoundPage = () =>
    (notFound ??= fetch(`http://127.0.0.1:${port}/_not-found`)
      .then((response) => response.text())
      .catch((error: unknown) => {
        notFound = undefined
        throw error
      }))
  const generation = freshRead(async () => {
    const cache = registeredPageCache()
    if (!cache) throw new Error('no shared page cache yet')
    return cache.generation()
  })
  const serveReadingPage = readingPages({ generation, notFoundPage, maxBytes: pageMemoryBytes })
  const turns = turnQueue()
  const render = (req: Parameters<typeof handle>[0], res: Parameters<typeof handle>[1]) => () => {
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  }
  const server = createServer((req, res) => {
    // First: every response carries the headers, cached pages included, and throttling sees the real client address.
    secureRequest(req, res, security)
    const priority = requestPriority(req)
    if (isReadingPageRequest(req)) {
      serveReadingPage(req, res, render(req, res), (work) => turns.run(priority, work)).catch((error: unknown) => {
        console.error(error)
        res.destroy()
      })
      return
    }
    turns.run(priority, () => {
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {})
      render(req, res)()
    })
  })
  await listen(server, port)
  // Payload starts on the first request that needs it, and with it the shared page cache: start it now.
  await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined)
}

/**
 * `npm run dev`: Next's dev server (every page with its client runtime, for
 * hot reload) behind the same first step as production, so the security
 * headers and the sign-in throttle's client address are the same while developing.
 */
export async function serveDev({ dir, port }: { dir: string; port: number }): Promise<void> {
  const app = next({ dir, dev: true, hostname: 'localhost', port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const upgrade = app.getUpgradeHandler()
  const security = securityOptions({ dev: true })
  const server = createServer((req, res) => {
    secureRequest(req, res, security)
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
  // Hot reload's websocket.
  server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head))
  await listen(server, port)
}

async function listen(server: Server, port: number): Promise<void> {
  await new Promise<void>((resolve) => server.listen(port, resolve))
  const close = () => server.close(() => process.exit(0))
  process.once('SIGINT', close)
  process.once('SIGTERM', close)
}
