/**
 * The page cache across server instances (server/pageCache, server/http):
 * two production servers on one data directory, and the suite's own server on
 * another. A change published on one instance is what the other serves on its
 * very next request; a server on another database never serves these pages.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'

import { unique } from './support'

const suitePort = Number(process.env.E2E_PORT ?? 3311)
const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-e2e-two-'))
const servers: ChildProcess[] = []
const a = `http://localhost:${suitePort + 1}`
const b = `http://localhost:${suitePort + 2}`

async function startServer(origin: string): Promise<void> {
  const server = spawn('npm', ['start'], {
    env: { ...process.env, PORT: new URL(origin).port, DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media'), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  servers.push(server)
  for (const started = Date.now(); Date.now() - started < 200_000; ) {
    if (server.exitCode !== null) throw new Error(`the server on ${origin} exited with ${server.exitCode}`)
    if (await fetch(`${origin}/api/health`).then((response) => response.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the server on ${origin} did not answer within 200 s`)
}

test.describe.configure({ mode: 'serial', timeout: 300_000 })

test.beforeAll(async () => {
  test.setTimeout(420_000)
  // One after the other: the first start creates the database, the second finds it ready.
  await startServer(a)
  await startServer(b)
})

test.afterAll(() => {
  for (const server of servers) {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true })
})

async function editorToken(origin: string): Promise<string> {
  const accounts = JSON.parse(readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as { role: string; email: string; password: string }[]
  const { email, password } = accounts.find((account) => account.role === 'editor')!
  const response = await fetch(`${origin}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
  expect(response.ok).toBe(true)
  return ((await response.json()) as { token: string }).token
}

async function write(method: 'POST' | 'PATCH', url: string, token: string, data: object) {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify(data) })
  expect(response.ok).toBe(true)
  return ((await response.json()) as { doc: { id: number | string; slug: string } }).doc
}

const read = async (url: string) => {
  const response = await fetch(url)
  return { status: response.status, text: await response.text() }
}

test('a publish, an edit and an unpublish on one instance are served by the other on its next request', async () => {
  const token = await editorToken(a)
  const word = unique('Zhungharia').split(' ')[1]!
  const title = `Battle of Oroi-Jalatu ${word}`
  const article = await write('POST', `${a}/api/articles`, token, { title, summary: `伊犁 ${word}`, _status: 'draft' })
  const page = `/en/articles/${article.slug}`
  const search = `/en/search?q=${word}`

  // B renders and keeps its pages while the article is a draft: twice each, the second from memory.
  for (let i = 0; i < 2; i++) {
    expect((await read(`${b}${page}`)).status).toBe(404)
    expect((await read(`${b}/en`)).text).not.toContain(title)
    expect((await read(`${b}${search}`)).text).not.toContain(title)
  }

  await write('PATCH', `${a}/api/articles/${article.id}`, token, { _status: 'published' })
  expect((await read(`${b}/en`)).text).toContain(title)
  const published = await read(`${b}${page}`)
  expect(published.status).toBe(200)
  expect(published.text).toContain(title)
  expect((await read(`${b}${search}`)).text).toContain(title)
  expect((await read(`${b}${page}`)).text).toContain(title)

  const renamed = `${title} (1731)`
  await write('PATCH', `${a}/api/articles/${article.id}`, token, { title: renamed })
  expect((await read(`${b}${page}`)).text).toContain(renamed)

  await write('PATCH', `${a}/api/articles/${article.id}`, token, { _status: 'draft' })
  expect((await read(`${b}${page}`)).status).toBe(404)
  expect((await read(`${b}/en`)).text).not.toContain(title)
  expect((await read(`${b}${search}`)).text).not.toContain(title)
  // And the instance that made the changes agrees.
  expect((await read(`${a}${page}`)).status).toBe(404)
})

test('a server on another database never serves the pages rendered from this one', async ({ request }) => {
  const token = await editorToken(a)
  const title = unique('Treaty of Burinsky')
  const article = await write('POST', `${a}/api/articles`, token, { title, _status: 'published' })
  const page = `/en/articles/${article.slug}`
  // Rendered and cached by both instances on this database…
  for (const origin of [a, b]) expect((await read(`${origin}${page}`)).text).toContain(title)
  // …while the suite's own server, from the same build on its own data directory, has no such article.
  const elsewhere = await request.get(page)
  expect(elsewhere.status()).toBe(404)
  expect(await elsewhere.text()).not.toContain(title)
  expect(await (await request.get('/en')).text()).not.toContain(title)
})
