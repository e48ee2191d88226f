/**
 * What the article editor's annotation plugin relies on, through REST as the
 * browser sends it: re-anchoring when a document is opened (stored positions
 * brought up to date with the latest draft), and the refusals the editor's
 * popover shows (nothing written for any of them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Annotation } from '@/payload-types'
import { restLogin, restRaw, type Actor } from './access/clients'
import { body, EN, rangeIn, seedArticle, ZH } from './annotations/fixtures'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
const actors: Record<'historian' | 'editor', Actor> = {} as never

beforeAll(async () => {
  t = await startPayload()
  await createUser(t.payload, 'admin')
  for (const role of ['historian', 'editor'] as const) {
    const { user, email, password } = await createUser(t.payload, role)
    actors[role] = { role, user, token: await restLogin(t.payload, email, password) }
  }
})
afterAll(async () => {
  await t?.close()
})

const annotate = (data: Record<string, unknown>) => restRaw(t.payload, actors.historian, 'POST', '/annotations', { motivation: 'questioning', body: 'Is this right?', ...data })
const opened = (query: string, actor: Actor = actors.editor) => restRaw(t.payload, actor, 'POST', `/annotations/anchor?${query}`)
const stored = (id: Annotation['id']) => t.payload.findByID({ collection: 'annotations', id, depth: 0 })
const count = async () => (await t.payload.count({ collection: 'annotations' })).totalDocs
/** Leaves an annotation with a position its text no longer has, as one does whose text changed without re-anchoring. */
const makeStale = (id: Annotation['id'], data: Partial<Annotation>) => t.payload.update({ collection: 'annotations', id, data, depth: 0, context: { reanchored: true } })

describe('opening an article', () => {
  it('re-anchors its annotations in that locale, stores the new positions and lists them', async () => {
    const article = await seedArticle(t.payload)
    const english = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'the second siege' })
    const chinese = await annotate({ target: { article: article.id, locale: 'zh' }, exact: '十万' })
    expect(english.status).toBe(201)
    const englishId = (english.body.doc as Annotation).id
    const chineseId = (chinese.body.doc as Annotation).id
    await makeStale(englishId, { start: 3, end: 19 })
    await makeStale(chineseId, { start: 0, end: 2 })

    const response = await opened(`article=${article.id}&locale=zh`)
    expect(response.status).toBe(200)
    expect(response.body.counts).toEqual({ exact: 1, fuzzy: 0, orphaned: 0, moved: 1 })
    expect((response.body.docs as Annotation[]).map((doc) => doc.id)).toEqual([chineseId])
    expect(await stored(chineseId)).toMatchObject(rangeIn(ZH, '十万'))
    // The other locale is left for when it is opened.
    expect(await stored(englishId)).toMatchObject({ start: 3, end: 19 })

    const englishOpened = await opened(`article=${article.id}&locale=en`)
    expect(englishOpened.body.counts).toMatchObject({ exact: 1, moved: 1 })
    expect(await stored(englishId)).toMatchObject(rangeIn(EN, 'the second siege'))
  })

  it('orphans an annotation whose words are gone, keeping its quote, and leaves one that still holds alone', async () => {
    const article = await seedArticle(t.payload)
    const kept = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'Nerchinsk' })
    const gone = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'the second siege' })
    const goneId = (gone.body.doc as Annotation).id
    const without = EN.filter((paragraph) => !paragraph.includes('the second siege'))
    const keptBefore = await stored((kept.body.doc as Annotation).id)
    // The passage is deleted; its annotation is left as if that save's re-anchoring had not reached it (it may run after the request).
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'en', draft: true, data: { body: body(...without) } })
    await makeStale(goneId, { anchor: { state: 'exact' }, ...rangeIn(EN, 'the second siege') })

    const response = await opened(`article=${article.id}&locale=en`)
    expect(response.body.counts).toMatchObject({ orphaned: 1 })
    expect(await stored(goneId)).toMatchObject({ exact: 'the second siege', anchor: { state: 'orphaned' } })
    const keptAfter = await stored(keptBefore.id)
    expect({ start: keptAfter.start, end: keptAfter.end }).toEqual(rangeIn(without, 'Nerchinsk'))
  })

  it('refuses, with the reason, a request that names no readable document or no locale we have, or comes from outside', async () => {
    const article = await seedArticle(t.payload)
    expect(await opened(`article=${article.id}&locale=fr`)).toMatchObject({ status: 400, body: { errors: [{ message: 'The locale is en or zh.' }] } })
    expect((await opened('locale=en')).status).toBe(400)
    const missing = await opened('article=999999&locale=en')
    expect(missing.status).toBe(404)
    expect(JSON.stringify(missing.body)).toContain('There is no article 999999 that you may read.')
    expect((await opened(`article=${article.id}&locale=en`, { role: 'public' })).status).toBe(401)
  })
})

describe('what the editor’s popover sends, refused or allowed', () => {
  it('an empty note is refused with the reason and nothing is written', async () => {
    const article = await seedArticle(t.payload)
    const before = await count()
    const response = await annotate({ target: { article: article.id, locale: 'en' }, exact: 'Nerchinsk', body: '   ', ...rangeIn(EN, 'Nerchinsk') })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('The note is empty')
    expect(await count()).toBe(before)
  })

  it('a range past the end of the text whose words the text does not hold is refused; nothing partial is stored', async () => {
    const article = await seedArticle(t.payload)
    const text = EN.join('\n\n')
    const before = await count()
    const response = await annotate({ target: { article: article.id, locale: 'en' }, exact: `${text.slice(-10)} and beyond`, start: text.length - 10, end: text.length + 11 })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain("is not in the article's English text")
    expect(await count()).toBe(before)
  })

  it('a historian may annotate a published article, in Chinese too: the article is not changed', async () => {
    const article = await seedArticle(t.payload, 'published')
    const read = () => t.payload.findByID({ collection: 'articles', id: article.id, locale: 'all', depth: 0 })
    const before = await read()
    const response = await annotate({ target: { article: article.id, locale: 'zh' }, exact: '尼布楚条约', ...rangeIn(ZH, '尼布楚条约') })
    expect(response.status).toBe(201)
    expect((response.body.doc as Annotation).anchor?.state).toBe('exact')
    const after = await read()
    expect(JSON.stringify(after)).toBe(JSON.stringify(before))
    expect(after._status).toBe('published')
  })
})
