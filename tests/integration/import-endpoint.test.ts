/**
 * POST /api/sources/import through Payload's own REST handler (what the Next
 * route calls): who may import, the status codes of each outcome, and that a
 * refused or bad upload writes nothing. Ids are never assumed to be numbers or strings.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_DOCUMENT_BYTES, type ImportAnalysis, type ImportSummary } from '@/server/import'
import { createUser, startPayload, type TestPayload } from './payload'

const FIXTURE = readFileSync(path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'fort-tasgan.txt'))

let test: TestPayload
const tokens: Partial<Record<'editor' | 'historian', string>> = {}

beforeAll(async () => {
  test = await startPayload()
  for (const role of ['editor', 'historian'] as const) {
    const { email, password } = await createUser(test.payload, role)
    tokens[role] = (await test.payload.login({ collection: 'users', data: { email, password } })).token
  }
})
afterAll(async () => {
  await test?.close()
})

type Upload = { name: string; bytes: Uint8Array }

async function post<T>(path: string, token: string | undefined, upload: Upload | null, fields?: Record<string, unknown>) {
  const form = new FormData()
  if (upload) form.append('file', new Blob([new Uint8Array(upload.bytes)], { type: 'text/plain' }), upload.name)
  if (fields !== undefined) form.append('_payload', JSON.stringify(fields))
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await handleEndpoints({
    config: test.payload.config,
    request: new Request(`http://localhost:3000/api/sources${path}`, { method: 'POST', headers, body: form }),
  })
  return { status: response.status, body: (await response.json()) as T & { errors?: { message: string }[] } }
}

const postImport = (token: string | undefined, upload: Upload | null, language?: string, fields: Record<string, unknown> = {}) =>
  post<ImportSummary>('/import', token, upload, language === undefined && !Object.keys(fields).length ? undefined : { language, ...fields })
const postAnalyse = (token: string | undefined, upload: Upload | null) => post<ImportAnalysis>('/import/analyse', token, upload, {})

const sourceCount = async () => (await test.payload.count({ collection: 'sources' })).totalDocs
const fixture: Upload = { name: 'fort-tasgan.txt', bytes: FIXTURE }

describe('POST /api/sources/import', () => {
  it('refuses anonymous requests (401) and historians (403), writing nothing', async () => {
    expect((await postImport(undefined, fixture)).status).toBe(401)
    expect((await postImport(tokens.historian, fixture)).status).toBe(403)
    expect(await sourceCount()).toBe(0)
  })

  it('imports a document for an editor (201), then answers 200 when it is unchanged', async () => {
    const first = await postImport(tokens.editor, fixture, 'en')
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ status: 'created', fileName: 'fort-tasgan.txt', title: 'Fort Tasgan', citations: { new: 1 } })
    // The summary links to the draft article: it must name one that exists and draws on the new source.
    const article = await test.payload.findByID({ collection: 'articles', id: first.body.articleId ?? '', depth: 0, draft: true, disableErrors: true })
    expect(article, `no article ${JSON.stringify(first.body.articleId)}`).not.toBeNull()
    expect(article?._status).toBe('draft')
    expect(article?.sources?.map(String)).toEqual([String(first.body.sourceId)])

    const again = await postImport(tokens.editor, fixture, '')
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ status: 'unchanged', sourceId: first.body.sourceId, articleId: first.body.articleId })
    expect(await sourceCount()).toBe(1)
  })

  it('answers bad input with 400 and the reason, too large a file with 413, and writes nothing', async () => {
    const binary = await postImport(tokens.editor, { name: 'scan.txt', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]) })
    expect(binary.status).toBe(400)
    expect(binary.body.errors?.[0]?.message).toContain('"scan.txt" looks like a binary file')

    const unsupported = await postImport(tokens.editor, { name: 'notes.docx', bytes: FIXTURE })
    expect(unsupported.status).toBe(400)
    expect(unsupported.body.errors?.[0]?.message).toContain('not a supported document type')

    const tooLarge = await postImport(tokens.editor, { name: 'huge.txt', bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61) })
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.body.errors?.[0]?.message).toContain('the limit is')

    expect((await postImport(tokens.editor, null)).status).toBe(400)
    expect((await postImport(tokens.editor, fixture, 'fr')).status).toBe(400)
    expect(await sourceCount()).toBe(1)
  })
})

describe('POST /api/sources/import/analyse, then the import with the editor\'s choices', () => {
  const site = (extra: string): Upload => ({
    name: 'khorgos.txt',
    bytes: new TextEncoder().encode(`Frontier Gazette\nKhorgos station\nKhorgos station changed horses for couriers on the road from Kuldja to the border.${extra}\n`),
  })

  it('shows what was detected and writes nothing; refuses historians', async () => {
    expect((await postAnalyse(tokens.historian, site(''))).status).toBe(403)
    const before = await sourceCount()
    const { status, body } = await postAnalyse(tokens.editor, site(''))
    expect(status).toBe(200)
    expect(body).toMatchObject({ title: 'Khorgos station', language: 'en', format: 'text', identicalTo: null, sameTitle: [] })
    expect(body.bytes).toBe(site('').bytes.length)
    expect(await sourceCount()).toBe(before)
  })

  it('imports with the corrected title, offers the source as a version for a same-titled copy, and writes it there when chosen', async () => {
    const first = await postImport(tokens.editor, site(''), '', { title: 'Khorgos relay station' })
    expect(first.body).toMatchObject({ status: 'created', title: 'Khorgos relay station' })
    const identical = await postAnalyse(tokens.editor, site(''))
    expect(identical.body.identicalTo?.id).toEqual(first.body.sourceId)

    const revised = site(' It was rebuilt in 1882.')
    const analysis = await postAnalyse(tokens.editor, revised)
    expect(analysis.body.identicalTo).toBeNull()
    const version = await postImport(tokens.editor, revised, 'en', { title: 'Khorgos relay station', versionOf: String(first.body.sourceId) })
    expect(version.status).toBe(201)
    expect(version.body).toMatchObject({ status: 'updated', sourceId: first.body.sourceId })

    // A document titled as the source now is offers it as the source it may be a new version of.
    const retitled: Upload = { name: 'other.txt', bytes: new TextEncoder().encode('Frontier Gazette\nKhorgos relay station\nKhorgos relay station burned in 1871, says another account.\n') }
    const sameTitle = await postAnalyse(tokens.editor, retitled)
    expect(sameTitle.body).toMatchObject({ title: 'Khorgos relay station', sameTitle: [{ id: first.body.sourceId, title: 'Khorgos relay station' }] })
    const unknown = await postImport(tokens.editor, revised, 'en', { versionOf: 'missing' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.[0]?.message).toBe('There is no source with id missing to import a new version of.')
  })

  it('answers a document over a parse limit with 400 naming the limit', async () => {
    const deep: Upload = { name: 'deep.md', bytes: new TextEncoder().encode(`${'- '.repeat(5000)}deep\n`) }
    for (const attempt of [await postAnalyse(tokens.editor, deep), await postImport(tokens.editor, deep)]) {
      expect(attempt.status).toBe(400)
      expect(attempt.body.errors?.[0]?.message).toBe('"deep.md" nests lists, quotations or elements 5,000 levels deep; the nesting depth limit is 100 levels.')
    }
  })
})
