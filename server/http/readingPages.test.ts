import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'

import { page, stripped } from './pageFixtures'
import { readingPages } from './readingPages'

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** A raw HTTP exchange: no automatic decompression, any method. */
function exchange(url: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

const decoded = ({ headers, body }: Reply) =>
  (headers['content-encoding'] === 'br' ? brotliDecompressSync(body) : headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8')

let server: Server | undefined
afterEach(() => server?.close())

/**
 * readingPages in front of a stand-in for Next: `respond` plays Next's part,
 * `state.generation` the shared store's generation, `state.renders` counts
 * the requests that reached "Next".
 */
async function serve(respond: (req: IncomingMessage, res: ServerResponse) => void) {
  const state = { generation: 'g1', renders: 0, storeAvailable: true }
  const serveReadingPage = readingPages({
    generation: async () => {
      if (!state.storeAvailable) throw new Error('no store')
      return state.generation
    },
    notFoundPage: async () => page,
    maxBytes: 16 * 1024 * 1024,
  })
  server = createServer((req, res) => {
    void serveReadingPage(req, res, () => {
      state.renders++
      respond(req, res)
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, resolve))
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, state }
}

const html = (res: ServerResponse, body: string | Buffer = page, status = 200) => {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.end(body)
}

describe('reading pages: the rewrite', () => {
  it('rewrites a streamed HTML page, even when a chunk boundary splits a script or a character', async () => {
    const bytes = Buffer.from(page)
    const split = bytes.indexOf(Buffer.from('犁</title>')) + 1 // inside the three bytes of 犁
    const inScript = bytes.indexOf(Buffer.from('__next_f.push([1')) + 5
    const { url } = await serve((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Content-Length', bytes.byteLength)
      res.flushHeaders()
      res.write(bytes.subarray(0, split))
      res.write(bytes.subarray(split, inScript))
      res.end(bytes.subarray(inScript))
    })
    const reply = await exchange(`${url}/zh/articles/ili`, { headers: { 'accept-encoding': 'gzip' } })
    expect(reply.headers['content-encoding']).toBe('gzip')
    expect(decoded(reply)).toBe(stripped)
  })

  it('sends the rewritten page with its own length, not the one Next gave', async () => {
    const { url } = await serve((_req, res) => html(res))
    const reply = await exchange(`${url}/en`, { headers: { 'accept-encoding': 'identity' } })
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(stripped))
    expect(reply.body.toString()).toBe(stripped)
  })

  const shell = '<!DOCTYPE html><html id="__next_error__"><head><meta name="robots" content="noindex"/></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>'
  it.each([
    ['Next’s client-only shell, answered with the not-found page', shell],
    ['a 404 page with its own content, sent as it is', page],
  ])('a 404: %s, without the runtime', async (_case, body) => {
    const { url } = await serve((_req, res) => html(res, body, 404))
    const reply = await exchange(`${url}/en/articles/nothing-here`)
    expect(reply.status).toBe(404)
    expect(decoded(reply)).toBe(stripped)
  })

  it('passes other content types untouched', async () => {
    const body = JSON.stringify({ html: page })
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) })
      res.end(body)
    })
    expect(decoded(await exchange(`${url}/en/feed.json`))).toBe(body)
  })
})

describe('reading pages: kept in memory', () => {
  it('answers a page already sent without rendering it again, in every encoding, byte for byte', async () => {
    const { url, state } = await serve((_req, res) => html(res))
    const first = await exchange(`${url}/en/articles/ili`, { headers: { 'accept-encoding': 'br' } })
    for (const encoding of ['br', 'gzip', 'identity']) {
      const reply = await exchange(`${url}/en/articles/ili`, { headers: { 'accept-encoding': encoding } })
      expect(reply.status).toBe(200)
      expect(decoded(reply)).toBe(stripped)
      expect(reply.headers.vary).toMatch(/accept-encoding/i)
      expect(Number(reply.headers['content-length'])).toBe(reply.body.byteLength)
    }
    expect((await exchange(`${url}/en/articles/ili`, { headers: { 'accept-encoding': 'br' } })).body.equals(first.body)).toBe(true)
    expect(state.renders).toBe(1)
  })

  it('keeps each address apart, the query string included', async () => {
    const { url, state } = await serve((req, res) => html(res, page.replace('伊犁</title>', `${req.url}</title>`)))
    const zh = decoded(await exchange(`${url}/zh/search?q=${encodeURIComponent('伊犁')}`))
    const en = decoded(await exchange(`${url}/zh/search?q=Ili`))
    expect(zh).toContain(`/zh/search?q=${encodeURIComponent('伊犁')}</title>`)
    expect(en).toContain('/zh/search?q=Ili</title>')
    expect(decoded(await exchange(`${url}/zh/search?q=Ili`))).toBe(en)
    expect(state.renders).toBe(2)
  })

  it('renders again once the shared generation has changed', async () => {
    let edition = 'first edition'
    const { url, state } = await serve((_req, res) => html(res, `<html><body><p>${edition}</p></body></html>`))
    expect(decoded(await exchange(`${url}/en`))).toContain('first edition')
    edition = 'second edition'
    expect(decoded(await exchange(`${url}/en`))).toContain('first edition')
    state.generation = 'g2'
    expect(decoded(await exchange(`${url}/en`))).toContain('second edition')
    expect(state.renders).toBe(2)
  })

  it('does not keep a page whose rendering overlapped a change of generation', async () => {
    let finishRender: (() => void) | undefined
    const { url, state } = await serve((_req, res) => {
      if (state.renders === 1) finishRender = () => html(res, '<p>rendered from the old data</p>')
      else html(res, '<p>rendered from the new data</p>')
    })
    const slow = exchange(`${url}/en`)
    while (!finishRender) await new Promise((resolve) => setTimeout(resolve, 5))
    state.generation = 'g2' // a publish lands while the first render is still running
    expect(decoded(await exchange(`${url}/en`))).toContain('new data')
    finishRender()
    expect(decoded(await slow)).toContain('old data')
    expect(decoded(await exchange(`${url}/en`))).toContain('new data')
  })

  it.each([
    ['an error status', (res: ServerResponse) => html(res, page, 500)],
    ['a response that sets a cookie', (res: ServerResponse) => (res.setHeader('Set-Cookie', 'a=b'), html(res))],
    ['a response that varies with more than the encoding', (res: ServerResponse) => (res.setHeader('Vary', 'Accept-Encoding, Cookie'), html(res))],
  ])('never keeps %s', async (_case, respond) => {
    const { url, state } = await serve((_req, res) => respond(res))
    await exchange(`${url}/en`)
    await exchange(`${url}/en`)
    expect(state.renders).toBe(2)
  })

  it('never answers a signed-in editor from memory, nor keeps what they were sent', async () => {
    const { url, state } = await serve((_req, res) => html(res))
    await exchange(`${url}/en`)
    await exchange(`${url}/en`, { headers: { cookie: 'theme=dark; payload-token=abc' } })
    await exchange(`${url}/en/places`, { headers: { cookie: 'payload-token=abc' } })
    await exchange(`${url}/en/places`)
    expect(state.renders).toBe(4)
    await exchange(`${url}/en`)
    expect(state.renders).toBe(4)
  })

  it('keeps Next’s pages, which vary with its router headers, and never answers a router request from memory', async () => {
    const { url, state } = await serve((req, res) => {
      res.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding')
      if (req.headers.rsc) {
        res.setHeader('Content-Type', 'text/x-component')
        res.end('0:["rsc payload"]')
      } else html(res)
    })
    await exchange(`${url}/en/places`)
    expect(decoded(await exchange(`${url}/en/places`, { headers: { rsc: '1' } }))).toBe('0:["rsc payload"]')
    expect(decoded(await exchange(`${url}/en/places?_rsc=abc`, { headers: { rsc: '1' } }))).toBe('0:["rsc payload"]')
    expect(decoded(await exchange(`${url}/en/places`))).toBe(stripped)
    expect(state.renders).toBe(3)
  })

  it('answers HEAD from memory with the headers of the GET and no body, and does not keep a HEAD reply', async () => {
    const { url, state } = await serve((req, res) => (req.method === 'HEAD' ? (res.setHeader('Content-Type', 'text/html'), res.end()) : html(res)))
    await exchange(`${url}/en/people`, { method: 'HEAD' })
    const get = await exchange(`${url}/en/people`, { headers: { 'accept-encoding': 'gzip' } })
    const head = await exchange(`${url}/en/people`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } })
    expect(head.status).toBe(200)
    expect(head.body.byteLength).toBe(0)
    expect(head.headers['content-length']).toBe(get.headers['content-length'])
    expect(head.headers['content-encoding']).toBe('gzip')
    expect(state.renders).toBe(2)
  })

  it('renders every request while there is no shared store to check the generation against', async () => {
    const { url, state } = await serve((_req, res) => html(res))
    state.storeAvailable = false
    await exchange(`${url}/en`)
    await exchange(`${url}/en`)
    expect(state.renders).toBe(2)
  })
})
