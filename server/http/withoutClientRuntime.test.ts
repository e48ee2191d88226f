import compression from 'compression'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'

import { isReadingPageRequest, sendWithoutClientRuntime, withoutClientRuntime } from './withoutClientRuntime'

/** The shapes Next 16 / React 19 put into a server-rendered App Router page. */
const jsonLd = '<script type="application/ld+json">{"@type":"Article","name":"伊犁 \\u003c/script>"}</script>'
const page = [
  '<!DOCTYPE html><html lang="zh"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="preload" as="font" href="/fonts/noto.woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/main-app.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<title>伊犁</title></head><body><main><p>Code samples print &lt;script&gt; as text.</p>',
  jsonLd,
  '</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cp>伊犁\\u003c/p>"])</script>',
  '</body></html>',
].join('')
const stripped = [
  '<!DOCTYPE html><html lang="zh"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
  '<link rel="preload" as="font" href="/fonts/noto.woff2" crossorigin=""/>',
  '<title>伊犁</title></head><body><main><p>Code samples print &lt;script&gt; as text.</p>',
  jsonLd,
  '</main></body></html>',
].join('')

describe('withoutClientRuntime', () => {
  it('drops script files, inline RSC payload and script preloads, and keeps everything else', () => {
    expect(withoutClientRuntime(page)).toBe(stripped)
  })

  it('leaves a page without client runtime as it is', () => {
    expect(withoutClientRuntime(stripped)).toBe(stripped)
  })

  it('looks at script and link elements only, not at elements whose names begin the same', () => {
    const custom = '<body><script-view data-x="1"></script-view><linkage-map></linkage-map><script async="">boot()</script></body>'
    expect(withoutClientRuntime(custom)).toBe('<body><script-view data-x="1"></script-view><linkage-map></linkage-map></body>')
  })

  it('ends on a document cut off inside a script', () => {
    expect(withoutClientRuntime('<p>伊犁</p><script>self.__next_f.push([1,"')).toBe('<p>伊犁</p>')
  })
})

describe('isReadingPageRequest', () => {
  const request = (url: string, init: { method?: string; cookie?: string } = {}) =>
    ({ url, method: init.method ?? 'GET', headers: init.cookie ? { cookie: init.cookie } : {} }) as IncomingMessage

  it('is every GET or HEAD of the public site, including addresses with nothing at them', () => {
    for (const url of ['/en', '/zh', '/en/articles/ili-crisis', '/zh/search?q=%E4%BC%8A%E7%8A%81', '/no-such-page']) expect(isReadingPageRequest(request(url))).toBe(true)
    expect(isReadingPageRequest(request('/en/places', { method: 'HEAD' }))).toBe(true)
  })

  it('is not the admin, the API, Next\'s own routes or other methods', () => {
    for (const url of ['/admin', '/admin/collections/articles/1', '/api/articles', '/_next/static/chunks/main.js', '/next/preview?path=/en']) expect(isReadingPageRequest(request(url))).toBe(false)
    expect(isReadingPageRequest(request('/en/search', { method: 'POST' }))).toBe(false)
  })

  it('is not a request in draft mode, where live preview needs the runtime', () => {
    expect(isReadingPageRequest(request('/en/articles/x', { cookie: 'theme=dark; __prerender_bypass=abc' }))).toBe(false)
  })
})

describe('sendWithoutClientRuntime behind compression', () => {
  let server: Server | undefined
  afterEach(() => server?.close())

  async function serve(respond: (res: ServerResponse) => void): Promise<string> {
    const compress = compression({ threshold: 0 })
    server = createServer((req, res) => {
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {})
      sendWithoutClientRuntime(res, { notFoundPage: async () => page })
      respond(res)
    })
    await new Promise<void>((resolve) => server!.listen(0, resolve))
    return `http://localhost:${(server.address() as AddressInfo).port}/`
  }

  it('rewrites a streamed HTML page, even when a chunk boundary splits a script or a character', async () => {
    const bytes = Buffer.from(page)
    const split = bytes.indexOf(Buffer.from('犁</title>')) + 1 // inside the three bytes of 犁
    const inScript = bytes.indexOf(Buffer.from('__next_f.push([1')) + 5
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Length', bytes.byteLength)
      res.flushHeaders()
      res.write(bytes.subarray(0, split))
      res.write(bytes.subarray(split, inScript))
      res.end(bytes.subarray(inScript))
    })
    const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(await response.text()).toBe(stripped)
  })

  it('rewrites a page sent in one piece with a length that no longer holds', async () => {
    const url = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Length', Buffer.byteLength(page))
      res.end(page)
    })
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
    expect(await response.text()).toBe(stripped)
  })

  const shell = '<!DOCTYPE html><html id="__next_error__"><head><meta name="robots" content="noindex"/></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>'
  it.each([
    ['Next’s client-only shell, answered with the not-found page', shell],
    ['a 404 page with its own content, sent as it is', page],
  ])('a 404: %s, without the runtime', async (_case, body) => {
    const url = await serve((res) => {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(body)
    })
    const response = await fetch(url)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe(stripped)
  })

  it('passes other content types untouched', async () => {
    const body = JSON.stringify({ html: page })
    const url = await serve((res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) })
      res.end(body)
    })
    const response = await fetch(url)
    expect(await response.text()).toBe(body)
  })
})
