import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, securityHeaders } from './headers'

const frameOrigins = ['http://localhost:3000', 'http://127.0.0.1:3000']
const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const))

describe('contentSecurityPolicy', () => {
  it('lets reading pages run no script, with same-origin styles, fonts and images, framed only by our origins', () => {
    const csp = directives(contentSecurityPolicy({ kind: 'reading', frameOrigins, https: false }))
    expect(csp.get('script-src')).toEqual(["'none'"])
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(csp.get('font-src')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'self'", ...frameOrigins])
  })

  it('leaves out IPv6 literals, which CSP cannot express', () => {
    const csp = directives(contentSecurityPolicy({ kind: 'app', frameOrigins: [...frameOrigins, 'http://[::1]:3000'], https: false }))
    expect(csp.get('frame-src')).toEqual(["'self'", ...frameOrigins])
  })

  it('lets the admin run its own scripts and frame the live preview, and nothing else in', () => {
    const csp = directives(contentSecurityPolicy({ kind: 'app', frameOrigins, https: false }))
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('frame-src')).toEqual(["'self'", ...frameOrigins])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(directives(contentSecurityPolicy({ kind: 'app', frameOrigins, https: false, dev: true })).get('script-src')).toContain("'unsafe-eval'")
  })

  it('lets nothing run in or frame an API answer', () => {
    expect(contentSecurityPolicy({ kind: 'other', frameOrigins, https: false })).toBe("default-src 'none'; frame-ancestors 'none'")
  })
})

describe('securityHeaders', () => {
  it('always sends nosniff and a referrer policy, and HSTS only over https', () => {
    const plain = new Map(securityHeaders({ kind: 'reading', frameOrigins, https: false }))
    expect(plain.get('X-Content-Type-Options')).toBe('nosniff')
    expect(plain.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(plain.has('Strict-Transport-Security')).toBe(false)
    expect(new Map(securityHeaders({ kind: 'app', frameOrigins, https: true })).get('Strict-Transport-Security')).toMatch(/max-age=\d+/)
  })
})

describe('each policy in full, as the browser receives it', () => {
  const policyOf = (kind: 'reading' | 'map' | 'app', dev = false) => Object.fromEntries(directives(contentSecurityPolicy({ kind, frameOrigins, https: false, dev })))
  const framers = ["'self'", ...frameOrigins]

  it('reading pages: no script, nothing fetched, images inline or ours, forms and base only ours', () => {
    expect(policyOf('reading')).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'none'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'form-action': ["'self'"],
      'base-uri': ["'none'"],
      'frame-ancestors': framers,
    })
  })

  it('map pages: our one script, its blob worker, our data and images', () => {
    expect(policyOf('map')).toEqual({
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
  })

  it('the admin: its inline bootstrap and styles, no plugins; eval and the hot-reload socket only in development', () => {
    const production = {
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-inline'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'frame-src': framers,
      'object-src': ["'none'"],
      'form-action': ["'self'"],
      'base-uri': ["'self'"],
      'frame-ancestors': framers,
    }
    expect(policyOf('app')).toEqual(production)
    expect(policyOf('app', true)).toEqual({ ...production, 'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'"], 'connect-src': ["'self'", 'ws:'] })
  })

  it('sends the policy with the permissions no page of ours uses turned off', () => {
    const headers = new Map(securityHeaders({ kind: 'map', frameOrigins, https: false }))
    expect(headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy({ kind: 'map', frameOrigins, https: false }))
    expect(headers.get('Content-Security-Policy')).toContain("worker-src blob:")
    expect(headers.get('Permissions-Policy')).toBe('camera=(), microphone=(), geolocation=(), payment=()')
  })
})

