/**
 * The import's write stage through the Local API: idempotence, changed files
 * (new source versions, editors' text never overwritten), works shared across
 * documents, the Chinese locale, bad input and access. Ids are never assumed
 * to be numbers or strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ImportInputError, importDocument, MAX_DOCUMENT_BYTES, type ImportSummary } from '@/server/import'
import type { User } from '@/payload-types'
import { corpusDocument, corpusDocuments, databaseState, recordCounts, withText } from './import/fixtures'
import { createUser, refusal, startPayload, type TestPayload } from './payload'

let test: TestPayload
let editor: User
let historian: User

beforeAll(async () => {
  test = await startPayload()
  editor = (await createUser(test.payload, 'editor')).user
  historian = (await createUser(test.payload, 'historian')).user
})
afterAll(async () => {
  await test?.close()
})

describe('importing the founding corpus as an editor', () => {
  it('creates each document once; importing it again creates nothing and changes nothing', async () => {
    const { payload } = test
    const documents = await corpusDocuments()
    const first: ImportSummary[] = []
    for (const document of documents) first.push(await importDocument(payload, document, { user: editor }))
    expect(first.map((summary) => summary.status)).toEqual(['created', 'created', 'created', 'created'])
    expect(await recordCounts(payload)).toMatchObject({ sources: 4, articles: 4 })

    const before = await databaseState(payload)
    const second: ImportSummary[] = []
    for (const document of documents) second.push(await importDocument(payload, document, { user: editor }))
    expect(second.map((summary) => summary.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
    expect(await databaseState(payload)).toEqual(before)
    second.forEach((summary, index) => {
      expect(summary.sourceId).toEqual(first[index]?.sourceId)
      expect(summary.articleId).toEqual(first[index]?.articleId)
      expect(summary.citations.new + summary.entities.new).toBe(0)
    })
  })

  it('stores the raw text untouched with segments pointing into it, and flags by kind', async () => {
    const { payload } = test
    const document = await corpusDocument('002')
    const summary = await importDocument(payload, document)
    const source = await payload.findByID({ collection: 'sources', id: summary.sourceId, depth: 0 })
    const rawText = new TextDecoder().decode(document.bytes)
    expect(source.rawText).toBe(rawText)
    expect(source.segments?.length).toBe(summary.segments)
    for (const segment of source.segments ?? []) expect(rawText.slice(segment.start, segment.end)).toBe(segment.text)
    expect(source.origin?.licence).toBe('CC BY-SA')
    expect(summary.flags['citation-needed']).toBeGreaterThan(0)
    expect(source.flags?.filter((flag) => flag.kind === 'citation-needed').length).toBe(summary.flags['citation-needed'])
  })

  it('writes the article body with cite blocks pointing at stored citations, and the map captions as maps', async () => {
    const { payload } = test
    const summary = await importDocument(payload, await corpusDocument('002'))
    const article = await payload.findByID({ collection: 'articles', id: summary.articleId ?? '', depth: 0, draft: true, locale: 'en' })
    const cites = JSON.stringify(article.body).match(/"blockType":"cite"[^}]*"citation":("[^"]+"|\d+)/g) ?? []
    expect(cites.length).toBeGreaterThan(10)
    const citationIds = new Set(cites.map((cite) => JSON.parse(cite.split('"citation":')[1] ?? 'null') as number | string))
    const stored = await payload.find({ collection: 'citations', depth: 0, pagination: false, where: { id: { in: [...citationIds] } } })
    expect(stored.docs.length).toBe(citationIds.size)
    expect(JSON.stringify(article.body)).toContain('"blockType":"citationNeeded"')
    expect(article.sources).toEqual([summary.sourceId])
    expect(article.credits?.[0]?.name).toContain('Sino-Russian border conflicts')

    const maps = await payload.find({ collection: 'maps', depth: 0, pagination: false, where: { id: { in: article.maps ?? [] } } })
    expect(maps.docs.length).toBe(4)
    for (const map of maps.docs) {
      expect(map.imageStatus).toBe('missing')
      expect(map.originalFileName).toMatch(/\.(jpg|png|svg|gif)$/i)
    }
    const events = await payload.find({ collection: 'events', depth: 0, pagination: false, where: { id: { in: article.events ?? [] } } })
    expect(events.docs.map((event) => event.start?.date)).toContain('1685')
  })

  it("fills the zh locale of a Chinese document's article, and only that", async () => {
    const { payload } = test
    const summary = await importDocument(payload, await corpusDocument('001'))
    const zh = await payload.findByID({ collection: 'articles', id: summary.articleId ?? '', depth: 0, draft: true, locale: 'zh', fallbackLocale: false })
    const en = await payload.findByID({ collection: 'articles', id: summary.articleId ?? '', depth: 0, draft: true, locale: 'en', fallbackLocale: false })
    expect(zh.title).toBe('清军收复新疆之战')
    expect(JSON.stringify(zh.body)).toContain('左宗棠')
    expect(en.title ?? null).toBeNull()
  })

  it('keeps one record per place or person, with every name it was found under', async () => {
    const { payload } = test
    const { docs } = await payload.find({ collection: 'people', depth: 0, pagination: false, where: { 'names.name': { equals: '左宗棠' } } })
    expect(docs.length).toBe(1)
    const places = await payload.find({ collection: 'places', depth: 0, pagination: false, where: { 'names.name': { in: ['浩罕汗国', '浩罕汗國'] } } })
    expect(places.docs.length).toBe(1)
    expect(places.docs[0]?.names?.map((name) => name.name)).toEqual(expect.arrayContaining(['浩罕汗国', '浩罕汗國']))
  })
})

describe('works shared between documents', () => {
  it('gives two documents citing the same work one citation record', async () => {
    const { payload } = test
    const original = await corpusDocument('002')
    const sibling = withText({ ...original, fileName: 'sibling.txt', manifest: original.manifest && { ...original.manifest, title: 'Albazin sieges' } }, (text) =>
      text.replace('Sino-Russian border conflicts', 'Albazin sieges'),
    )
    const before = await payload.count({ collection: 'citations' })
    const summary = await importDocument(payload, sibling, { user: editor })
    expect(summary.status).toBe('created')
    expect(summary.citations).toEqual({ new: 0, reused: 26 })
    expect((await payload.count({ collection: 'citations' })).totalDocs).toBe(before.totalDocs)
    const forsyth = await payload.find({ collection: 'citations', depth: 0, where: { 'authors.family': { equals: 'Forsyth' } } })
    expect(forsyth.totalDocs).toBe(1)
  })
})

describe('a changed file', () => {
  const NEW_SENTENCE = 'Later historians dated the flight from contemporary chronicles.'
  const EDITED_TITLE = 'The Barefooted Flight (edited)'

  it('updates its source as a new version and the unedited draft article in place', async () => {
    const { payload } = test
    const original = await corpusDocument('003')
    const first = await importDocument(payload, original, { user: editor })
    const versionsBefore = (await payload.countVersions({ collection: 'sources', where: { parent: { equals: first.sourceId } } })).totalDocs
    const changed = withText(original, (text) => text.replace('In national history\n', `In national history\n${NEW_SENTENCE}\n`))
    const summary = await importDocument(payload, changed, { user: editor, versionOf: first.sourceId })

    expect(summary.status).toBe('updated')
    expect(summary.sourceId).toEqual(first.sourceId)
    expect(summary.articleId).toEqual(first.articleId)
    expect(summary.articleNote).toBeUndefined()
    const source = await payload.findByID({ collection: 'sources', id: summary.sourceId, depth: 0 })
    expect(source.rawText).toContain(NEW_SENTENCE)
    expect((await payload.countVersions({ collection: 'sources', where: { parent: { equals: first.sourceId } } })).totalDocs).toBe(versionsBefore + 1)
    const article = await payload.findByID({ collection: 'articles', id: summary.articleId ?? '', depth: 0, locale: 'en' })
    expect(JSON.stringify(article.body)).toContain(NEW_SENTENCE)
  })

  it("never overwrites an editor's change: it saves a new draft version and says so", async () => {
    const { payload } = test
    const original = await corpusDocument('003')
    const current = await importDocument(payload, withText(original, (text) => text.replace('In national history\n', `In national history\n${NEW_SENTENCE}\n`)))
    expect(current.status).toBe('unchanged')
    const articleId = current.articleId ?? ''
    await payload.update({ collection: 'articles', id: articleId, locale: 'en', data: { title: EDITED_TITLE }, user: editor, overrideAccess: false })
    const versionsBefore = (await payload.countVersions({ collection: 'articles', where: { parent: { equals: articleId } } })).totalDocs

    const summary = await importDocument(payload, withText(original, (text) => text.replace('In national history\n', 'In national history\nA second new sentence.\n')), {
      user: editor,
      versionOf: current.sourceId,
    })
    expect(summary.status).toBe('updated')
    expect(summary.articleNote).toMatch(/edited since the last import/)
    const main = await payload.findByID({ collection: 'articles', id: articleId, depth: 0, locale: 'en' })
    expect(main.title).toBe(EDITED_TITLE)
    expect(JSON.stringify(main.body)).not.toContain('A second new sentence.')
    const latest = await payload.findByID({ collection: 'articles', id: articleId, depth: 0, locale: 'en', draft: true })
    expect(latest._status).toBe('draft')
    expect(JSON.stringify(latest.body)).toContain('A second new sentence.')
    expect((await payload.countVersions({ collection: 'articles', where: { parent: { equals: articleId } } })).totalDocs).toBe(versionsBefore + 1)
  })
})

describe('bad input', () => {
  const encode = (text: string) => new TextEncoder().encode(text)
  const CASES: [string, Uint8Array, string, RegExp][] = [
    ['empty', new Uint8Array(0), 'empty.txt', /is empty/],
    ['binary', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 'archive.txt', /binary file/],
    ['invalid-utf8', Uint8Array.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]), 'latin1.txt', /not valid UTF-8/],
    ['too-large', new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61), 'huge.txt', /the limit is/],
    ['unsupported-type', encode('Some text.'), 'scan.pdf', /not a supported document type/],
    ['no-text', encode('# Title\n\n## Only headings\n'), 'headings.md', /no paragraphs, lists or other text blocks/],
  ]

  it.each(CASES)('%s: a clear message and nothing written', async (code, bytes, fileName, message) => {
    const { payload } = test
    const before = await databaseState(payload)
    const attempt = importDocument(payload, { bytes, fileName }, { user: editor })
    await expect(attempt).rejects.toBeInstanceOf(ImportInputError)
    await expect(attempt).rejects.toMatchObject({ code, message: expect.stringMatching(message) })
    expect(await databaseState(payload)).toEqual(before)
  })

  it('refuses a source whose segments do not have the segment shape, naming the field, and writes nothing', async () => {
    const { payload } = test
    const before = await databaseState(payload)
    const segments = [{ segmentId: 's1', kind: 'paragraph' as const, sectionPath: '', text: 'Ili', start: 0, end: -3 }]
    const message = await refusal(payload.create({ collection: 'sources', data: { title: 'Bad segments', language: 'en', kind: 'secondary', rawText: 'Ili', segments } }))
    expect(message).toMatch(/Segments: .*end.* must be >= 0/)
    expect(await databaseState(payload)).toEqual(before)
  })
})

describe('access', () => {
  it('refuses a historian (sources need an editor) and writes nothing', async () => {
    const { payload } = test
    const before = await databaseState(payload)
    const document = withText(await corpusDocument('002'), (text) => text.replace('Sino-Russian border conflicts', 'Amur frontier'))
    await expect(importDocument(payload, { ...document, manifest: document.manifest && { ...document.manifest, title: 'Amur frontier' } }, { user: historian })).rejects.toThrow(
      /not allowed/i,
    )
    expect(await databaseState(payload)).toEqual(before)
  })
})
