/**
 * POST /api/sources/import through Payload's own REST handler (what the Next
 * route calls): who may import, the status codes of each outcome, and that a
 * refused or bad upload writes nothing. Ids are never assumed to be numbers or strings.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_DOCUMENT_BYTES, type ImportSummary } from '../../server/import'
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

async function postImport(token: string | undefined, upload: Upload | null, language?: string) {
  const form = new FormData()
  if (upload) form.append('file', new Blob([new Uint8Array(upload.bytes)], { type: 'text/plain' }), upload.name)
  if (language !== undefined) form.append('_payload', JSON.stringify({ language }))
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await handleEndpoints({
    config: test.payload.config,
    request: new Request('http://localhost:3000/api/sources/import', { method: 'POST', headers, body: form }),
  })
  return { status: response.status, body: (await response.json()) as ImportSummary & { errors?: { message: string }[] } }
}

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
