/**
 * The security headers of every response, by kind of response:
 *
 * - `reading`: the public pages as readers get them, with no script at all
 *   (server/http strips Next's client runtime; JSON-LD is data, which a CSP
 *   does not block). Styles and fonts are same-origin files, images
 *   same-origin or inline data.
 * - `map`: a map page (/en/maps/<slug>): a reading page whose one script,
 *   same-origin, runs MapLibre GL (server/maps/island.ts). MapLibre starts
 *   its worker from a blob: URL and fetches the map's data and images from
 *   the site; no eval, no inline script, no inline style attribute.
 * - `app`: the Payload admin, and the reading pages in draft mode (live
 *   preview runs Next's client runtime in a frame of the admin). Next and the
 *   admin bootstrap with inline scripts and set inline styles.
 * - `other`: the API, Next's assets and anything else: nothing may run or be framed.
 */
export type ResponseKind = 'reading' | 'map' | 'app' | 'other'

export type HeaderOptions = {
  kind: ResponseKind
  /** Origins that may frame our pages (the admin's live preview): ours, see lib/security/origins. */
  frameOrigins: readonly string[]
  https: boolean
  /** Next's dev server: hot reload needs eval and a websocket. */
  dev?: boolean
}

const policy = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')

export function contentSecurityPolicy({ kind, frameOrigins, dev = false }: HeaderOptions): string {
  // CSP's source grammar has no IPv6 literals (a browser ignores `http://[::1]:3000` with a console error);
  // such an origin is covered by 'self' whenever it matters, since the preview frame opens on the admin's origin.
  const framers = ["'self'", ...frameOrigins.filter((origin) => !origin.includes('['))]
  if (kind === 'reading') {
    return policy({
      'default-src': ["'none'"],
      'script-src': ["'none'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'form-action': ["'self'"],
      'base-uri': ["'none'"],
      'frame-ancestors': framers,
    })
  }
  if (kind === 'map') {
    return policy({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'worker-src': ['blob:'],
      'child-src': ['blob:'],
      'connect-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'form-action': ["'self'"],
      'base-uri': ["'none'"],
      'frame-ancestors': framers,
    })
  }
  if (kind === 'app') {
    return policy({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
      'worker-src': ["'self'", 'blob:'],
      'frame-src': framers,
      'object-src': ["'none'"],
      'form-action': ["'self'"],
      'base-uri': ["'self'"],
      'frame-ancestors': framers,
    })
  }
  return policy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })
}

export function securityHeaders(options: HeaderOptions): [string, string][] {
  const headers: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy(options)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
  ]
  if (options.https) headers.push(['Strict-Transport-Security', 'max-age=31536000'])
  return headers
}
