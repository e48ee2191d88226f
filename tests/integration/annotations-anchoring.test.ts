/**
 * Annotations as they are created and as their texts change: what a new one
 * must have (a readable target, a note, a quote found in the text), the anchor
 * state and position the server stores, and how they follow an article's saves
 * and a source's re-import. Through the Local API as the signed-in person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Annotation } from '@/payload-types'
import { reanchoringSettled } from '@/server/annotate/reanchorQueue'
import { importDocument } from '@/server/import'
import { body, EN, rangeIn, seedArticle, ZH } from './annotations/fixtures'
import { createUser, refusal, startPayload, type TestPayload } from './payload'

let t: TestPayload
let historian: Awaited<ReturnType<typeof createUser>>['user']
let editor: Awaited<ReturnType<typeof createUser>>['user']

beforeAll(async () => {
  t = await startPayload()
  await createUser(t.payload, 'admin')
  historian = (await createUser(t.payload, 'historian')).user
  editor = (await createUser(t.payload, 'editor')).user
})
afterAll(async () => {
  await t?.close()
})

const annotate = (data: Record<string, unknown>, user = historian) =>
  t.payload.create({ collection: 'annotations', data: { motivation: 'questioning', body: 'Is this right?', ...data } as never, user, overrideAccess: false, depth: 0 })
const stored = (id: Annotation['id']) => t.payload.findByID({ collection: 'annotations', id, depth: 0 })
const count = async () => (await t.payload.count({ collection: 'annotations' })).totalDocs

describe('a new annotation', () => {
  it('is anchored where its quote is, with context filled in from the text when the client sent none', async () => {
    const article = await seedArticle(t.payload)
    const note = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'the second siege' })
    expect(note.anchor?.state).toBe('exact')
    expect({ start: note.start, end: note.end }).toEqual(rangeIn(EN, 'the second siege'))
    expect(note.prefix).toBe(EN.join('\n\n').slice(note.start! - 32, note.start!))
    expect(note.prefix?.endsWith('Albazin was besieged twice; ')).toBe(true)
    expect(note.suffix?.startsWith(' lasted from July')).toBe(true)
    expect(note.status).toBe('open')
  })

  it('on an article’s Chinese text counts offsets in that text', async () => {
    const article = await seedArticle(t.payload)
    const note = await annotate({ target: { article: article.id, locale: 'zh' }, exact: '十万' })
    expect({ start: note.start, end: note.end }).toEqual(rangeIn(ZH, '十万'))
    expect(await refusal(annotate({ target: { article: article.id, locale: 'en' }, exact: '十万' }))).toMatch(/"十万" is not in the article's English text/)
  })

  it('on a published article is allowed to a historian: annotating does not change the article', async () => {
    const article = await seedArticle(t.payload, 'published')
    const note = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'Nerchinsk' })
    expect(note.anchor?.state).toBe('exact')
    expect((await t.payload.findByID({ collection: 'articles', id: article.id, depth: 0 }))._status).toBe('published')
  })

  it('across two segments of a source is allowed: the target spans both and names the first segment', async () => {
    const summary = await importDocument(t.payload, { bytes: new TextEncoder().encode('# Fort Tasgan\n\nThe fort stood on the Ili.\n\nIt was abandoned in 1871.\n'), fileName: 'tasgan.md', language: 'en' })
    const source = await t.payload.findByID({ collection: 'sources', id: summary.sourceId, depth: 0 })
    const segments = source.segments as { segmentId: string; start: number; end: number; text: string }[]
    const first = segments.find((segment) => segment.text.includes('Ili'))!
    const start = source.rawText!.indexOf('on the Ili')
    const end = source.rawText!.indexOf('abandoned') + 'abandoned'.length
    const note = await annotate({ target: { source: source.id }, exact: source.rawText!.slice(start, end), start, end })
    expect(note.target?.segmentId).toBe(first.segmentId)
    expect({ start: note.start, end: note.end }).toEqual({ start, end })
  })

  it('is refused, with nothing saved, for an empty note, a missing target or a quote the text does not hold', async () => {
    const article = await seedArticle(t.payload)
    const before = await count()
    expect(await refusal(annotate({ target: { article: article.id, locale: 'en' }, exact: 'Albazin', body: '   ' }))).toMatch(/The note is empty/)
    const missing = await refusal(annotate({ target: { article: `${String(article.id)}999`, locale: 'en' }, exact: 'Albazin' }))
    expect(missing).toMatch(/no article with id|not valid|invalid/i)
    expect(await refusal(annotate({ target: { article: article.id, locale: 'en' }, exact: 'Port Arthur' }))).toMatch(/"Port Arthur" is not in the article's English text/)
    expect(await count()).toBe(before)
  })

  it('keeps accepting today’s fields: a correction with a replacement and no note, offsets given', async () => {
    const article = await seedArticle(t.payload)
    const range = rangeIn(EN, 'July 1686')
    const note = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'July 1686', ...range, motivation: 'correcting', body: null, suggestedReplacement: 'June 1686' })
    expect(note).toMatchObject({ ...range, suggestedReplacement: 'June 1686', anchor: { state: 'exact' } })
  })
})

describe('when the text changes', () => {
  it('annotations follow an article save: text inserted before, words changed, passage deleted', async () => {
    const article = await seedArticle(t.payload)
    const siege = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'the second siege lasted from July 1686' })
    const border = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'agreed on a border along the Argun' })
    const zh = await annotate({ target: { article: article.id, locale: 'zh' }, exact: '十万' })
    // Re-anchoring runs once the save has answered (server/annotate/reanchorQueue): the save, then what it queued.
    const save = async (paragraphs: string[]) => {
      await t.payload.update({ collection: 'articles', id: article.id, locale: 'en', draft: true, data: { body: body(...paragraphs), _status: 'draft' }, user: historian, overrideAccess: false })
      await reanchoringSettled()
    }

    const inserted = ['A new opening paragraph.', ...EN]
    await save(inserted)
    expect(await stored(siege.id)).toMatchObject({ ...rangeIn(inserted, 'the second siege lasted from July 1686'), anchor: { state: 'exact' } })

    const reworded = [...inserted.slice(0, 3), 'At Nerchinsk in 1689 the embassies agreed upon a frontier along the Argun.']
    await save(reworded)
    const fuzzy = await stored(border.id)
    expect(fuzzy.anchor?.state).toBe('fuzzy')
    expect(reworded.join('\n\n').slice(fuzzy.start!, fuzzy.end!)).toMatch(/agreed upon a frontier along the Argun/)
    expect(fuzzy.exact, 'the quote stays what was selected').toBe('agreed on a border along the Argun')

    const deleted = [reworded[0]!, reworded[1]!, reworded[3]!]
    await save(deleted)
    const orphan = await stored(siege.id)
    expect(orphan.anchor?.state).toBe('orphaned')
    expect(orphan.exact).toBe('the second siege lasted from July 1686')
    expect(await stored(zh.id), 'the Chinese text did not change').toMatchObject({ ...rangeIn(ZH, '十万'), anchor: { state: 'exact' } })
  })

  it('annotations follow a source’s new version to where their words now are', async () => {
    const text = (opening: string) => new TextEncoder().encode(`# Khorgos station\n\n${opening}\n\nThe relay station at Khorgos kept horses for the post.\n`)
    const first = await importDocument(t.payload, { bytes: text('It lay west of Ili.'), fileName: 'khorgos.md', language: 'en' })
    const note = await annotate({ target: { source: first.sourceId }, exact: 'kept horses for the post' })
    await importDocument(t.payload, { bytes: text('It lay on the road west of Ili, a day from the river crossing.'), fileName: 'khorgos.md', language: 'en' }, { versionOf: first.sourceId, user: { ...editor, collection: 'users' } as never })
    const source = await t.payload.findByID({ collection: 'sources', id: first.sourceId, depth: 0 })
    const moved = await stored(note.id)
    expect(moved.anchor?.state).toBe('exact')
    expect(source.rawText!.slice(moved.start!, moved.end!)).toBe('kept horses for the post')
    expect(moved.start).toBe(source.rawText!.indexOf('kept horses'))
    const segment = (source.segments as { segmentId: string; start: number; end: number }[]).find((one) => one.start <= moved.start! && moved.start! < one.end)
    expect(moved.target?.segmentId).toBe(segment?.segmentId)
  })
})
