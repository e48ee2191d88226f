import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'

import { page, stripped } from './pageFixtures'
import { isReadingPageRequest, withoutClientRuntime } from './withoutClientRuntime'

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

  it('keeps the map pages\' own script, and no other script from a similar address', () => {
    const island = '<script src="/maps-assets/island.js?v=abc123" defer=""></script>'
    const html = `<body><div data-map-island="">…</div>${island}<script src="/maps-assets/island.json"></script><script src="/_next/static/chunks/maps-assets/island.js"></script></body>`
    expect(withoutClientRuntime(html)).toBe(`<body><div data-map-island="">…</div>${island}</body>`)
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
    for (const url of ['/admin', '/admin/collections/articles/1', '/api/articles', '/_next/static/chunks/main.js', '/next/preview?path=/en', '/maps-assets/island.js', '/maps-assets/basemap/land']) expect(isReadingPageRequest(request(url))).toBe(false)
    expect(isReadingPageRequest(request('/en/search', { method: 'POST' }))).toBe(false)
  })

  it('is not a request in draft mode, where live preview needs the runtime', () => {
    expect(isReadingPageRequest(request('/en/articles/x', { cookie: 'theme=dark; __prerender_bypass=abc' }))).toBe(false)
  })
})
