/**
 * The document size limit at its boundary: a document of exactly
 * MAX_DOCUMENT_BYTES (the documented 2 MB) is imported whole, raw text
 * included; one byte more is refused with the reason and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ImportInputError, importDocument, MAX_DOCUMENT_BYTES } from '@/server/import'
import { databaseState } from './import/fixtures'
import { documentFile, manifestFor } from './import/documents'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => {
  await test?.close()
})

const PARAGRAPH =
  'The survey of the upper Argun recorded every ford, ferry and watch post along the river, with the distance between them in li and the season in which each could be crossed. '

/** An English document of exactly `size` bytes: a title, then paragraphs, the last one filled up to the size. */
function documentOfSize(size: number): string {
  const head = 'The Argun survey\n\n'
  const paragraph = PARAGRAPH.repeat(8).trim() + '\n\n'
  let text = head + paragraph.repeat(Math.floor((size - head.length - 200) / paragraph.length))
  const last = 'The last paragraph records the survey party itself'
  text += last + '.'.padStart(size - new TextEncoder().encode(text).length - last.length, ' ')
  return text
}

describe('the document size limit', () => {
  it('is the documented 2 MB', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(2 * 1024 * 1024)
  })

  it('accepts a document of exactly the limit and keeps its raw text whole', async () => {
    const text = documentOfSize(MAX_DOCUMENT_BYTES)
    const file = documentFile('argun-survey.txt', text, manifestFor('The Argun survey', 'https://wiki.test/argun-survey'))
    expect(file.bytes.byteLength).toBe(MAX_DOCUMENT_BYTES)
    const summary = await importDocument(test.payload, file)
    expect(summary.status).toBe('created')
    const source = await test.payload.findByID({ collection: 'sources', id: summary.sourceId, depth: 0 })
    expect(source.rawText.length).toBe(text.length)
    expect(source.rawText === text).toBe(true)
  })

  it('refuses one byte more, saying the size and the limit, and writes nothing', async () => {
    const before = await databaseState(test.payload)
    const file = documentFile('argun-survey-2.txt', documentOfSize(MAX_DOCUMENT_BYTES + 1))
    const attempt = importDocument(test.payload, file)
    await expect(attempt).rejects.toBeInstanceOf(ImportInputError)
    await expect(attempt).rejects.toMatchObject({
      code: 'too-large',
      message: `"argun-survey-2.txt" is ${MAX_DOCUMENT_BYTES + 1} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes.`,
    })
    expect(await databaseState(test.payload)).toEqual(before)
  })
})
