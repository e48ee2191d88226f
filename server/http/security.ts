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
 * Run first on every request of the production server: sets the security
 * headers (Next and whatever answers after keep them), and makes
 * X-Forwarded-For the socket's address, which the sign-in throttle keys on —
 * a client could otherwise name any address it liked. Behind a reverse proxy
 * set TRUST_PROXY=true: the proxy's X-Forwarded-For is kept, and its last
 * entry (the address the proxy saw) is the client.
 */
export function secureRequest(req: IncomingMessage, res: ServerResponse, options: { trustProxy: boolean; https: boolean; frameOrigins: readonly string[] }): void {
  if (!options.trustProxy) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? ''
  for (const [name, value] of securityHeaders({ kind: responseKind(req), frameOrigins: options.frameOrigins, https: options.https })) res.setHeader(name, value)
}

export const securityOptions = () => ({
  trustProxy: process.env.TRUST_PROXY === 'true',
  https: serverURL().startsWith('https://'),
  frameOrigins: acceptedOrigins(serverURL()),
})
