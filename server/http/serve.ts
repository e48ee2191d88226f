import { createServer } from 'node:http'

import compression from 'compression'
import next from 'next'

import { secureRequest, securityOptions } from './security'
import { isReadingPageRequest, sendWithoutClientRuntime } from './withoutClientRuntime'

/**
 * The production server: Next's request handler behind our own HTTP server,
 * so public pages can leave without the client runtime, and a 404 as a real
 * page (see withoutClientRuntime.ts). Compression is done here rather than by
 * Next (next.config sets compress: false) because it must come after that
 * rewrite.
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
  const server = createServer((req, res) => {
    secureRequest(req, res, security)
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {})
    if (isReadingPageRequest(req)) sendWithoutClientRuntime(res, { notFoundPage })
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, resolve))
  const close = () => server.close(() => process.exit(0))
  process.once('SIGINT', close)
  process.once('SIGTERM', close)
}
