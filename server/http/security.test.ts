import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { secureRequest } from './security'

/** A real HTTP server running secureRequest first, as serve.ts does, then answering with the address it was left. */
function server(trustProxy: boolean, dev = false): Promise<{ url: string; close: () => void }> {
  const http: Server = createServer((req, res) => {
    secureRequest(req, res, { trustProxy, https: false, frameOrigins: ['http://localhost:3000'], dev })
    res.setHeader('Content-Type', 'text/plain')
    res.end(String(req.headers['x-forwarded-for']))
  })
  return new Promise((resolve) =>
    http.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, close: () => http.close() })),
  )
}

describe('secureRequest', () => {
  let direct: Awaited<ReturnType<typeof server>>
  let proxied: Awaited<ReturnType<typeof server>>
  beforeAll(async () => {
    direct = await server(false)
    proxied = await server(true)
  })
  afterAll(() => {
    direct.close()
    proxied.close()
  })

  it('sends each kind of response its policy', async () => {
    const csp = async (path: string, init: RequestInit = {}) => (await fetch(direct.url + path, init)).headers.get('content-security-policy')
    expect(await csp('/en/articles/yi-li')).toContain("script-src 'none'")
    expect(await csp('/zh')).toContain("script-src 'none'")
    expect(await csp('/admin/collections/articles')).toContain("script-src 'self' 'unsafe-inline'")
    expect(await csp('/en/articles/yi-li', { headers: { Cookie: '__prerender_bypass=1' } })).toContain("script-src 'self' 'unsafe-inline'")
    expect(await csp('/api/articles')).toBe("default-src 'none'; frame-ancestors 'none'")
    // A map page runs its own same-origin script (MapLibre, its worker from blob:), nothing inline or evaluated; the maps index and articles run none.
    const mapPage = await csp('/zh/maps/frontier-test')
    expect(mapPage).toContain("script-src 'self';")
    expect(mapPage).toContain('worker-src blob:')
    expect(mapPage).not.toMatch(/unsafe-(inline|eval)/)
    expect(await csp('/en/maps')).toContain("script-src 'none'")
    expect(await csp('/en/maps/frontier-test/extra')).toContain("script-src 'none'")
    expect(await csp('/maps-assets/island.js')).toBe("default-src 'none'; frame-ancestors 'none'")
    const response = await fetch(direct.url + '/_next/static/chunks/x.js')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('under the dev server every page may run the client runtime and hot reload, and the API still runs nothing', async () => {
    const dev = await server(false, true)
    try {
      const headers = async (path: string) => (await fetch(dev.url + path)).headers
      for (const page of ['/en/articles/yi-li', '/zh/maps/frontier-test', '/admin']) {
        const csp = (await headers(page)).get('content-security-policy')!
        expect(csp, page).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
        expect(csp, page).toContain('connect-src \'self\' ws:')
        expect(csp, page).toContain("frame-ancestors 'self' http://localhost:3000")
      }
      expect((await headers('/api/articles')).get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
      expect((await headers('/en')).get('x-content-type-options')).toBe('nosniff')
    } finally {
      dev.close()
    }
  })

  it('replaces a client’s own X-Forwarded-For with the socket’s address', async () => {
    const seen = await (await fetch(direct.url, { headers: { 'X-Forwarded-For': '198.51.100.1' } })).text()
    expect(seen).toBe('127.0.0.1')
  })

  it('keeps a trusted proxy’s X-Forwarded-For', async () => {
    expect(await (await fetch(proxied.url, { headers: { 'X-Forwarded-For': '198.51.100.1, 10.0.0.2' } })).text()).toBe('198.51.100.1, 10.0.0.2')
  })
})
