import type { IncomingMessage, ServerResponse } from 'node:http'

import { serverURL } from '@/lib/env'
import { securityHeaders, type ResponseKind } from '@/lib/security/headers'
import { acceptedOrigins } from '@/lib/security/origins'
import { isMapPagePath, isReadingPageRequest } from './withoutClientRuntime'

/** Paths served by Next that are neither a page nor the admin: the API, Next's own assets and the map pages' assets. */
const NOT_A_PAGE = /^\/(api|_next|maps-assets)(\/|$)/

/** Which policy of lib/security/headers a request's response gets. */
export function responseKind(req: IncomingMessage): ResponseKind {
  if (isReadingPageRequest(req)) return isMapPagePath((req.url ?? '/').split('?')[0]!) ? 'map' : 'reading'
  // The admin, the draft-mode routes, and site pages in draft mode (live preview runs the client runtime).
  return NOT_A_PAGE.test((req.url ?? '/').split('?')[0]!) ? 'other' : 'app'
}

/**
 * Run first on every request, of the production and the dev server: sets the security
 * headers (Next and whatever answers after keep them), and makes
 * X-Forwarded-For the socket's address, which the sign-in throttle keys on —
 * a client could otherwise name any address it liked. Behind a reverse proxy
 * set TRUST_PROXY=true: the proxy's X-Forwarded-For is kept, and its last
 * entry (the address the proxy saw) is the client.
 */
export function secureRequest(req: IncomingMessage, res: ServerResponse, options: SecurityOptions): void {
  if (!options.trustProxy) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? ''
  const kind = responseKind(req)
  // Next's dev server sends its client runtime (hot reload) with every page, reading pages included: they get the app's policy.
  const served = options.dev && (kind === 'reading' || kind === 'map') ? 'app' : kind
  for (const [name, value] of securityHeaders({ kind: served, frameOrigins: options.frameOrigins, https: options.https, dev: options.dev })) res.setHeader(name, value)
}

export type SecurityOptions = { trustProxy: boolean; https: boolean; frameOrigins: readonly string[]; dev?: boolean }

export const securityOptions = ({ dev = false } = {}): SecurityOptions => ({
  trustProxy: process.env.TRUST_PROXY === 'true',
  https: serverURL().startsWith('https://'),
  frameOrigins: acceptedOrigins(serverURL()),
  dev,
})
