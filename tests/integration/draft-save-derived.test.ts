/**
 * What a draft save works out from the body, and only when the body changed:
 * the annotations' anchors (re-anchored once the save has answered) and the
 * sourcing count of the articles list. An autosave that changes only the title
 * leaves both as they were; a body change moves the annotations with their
 * words and counts again. English and Chinese, through the Local API as the
 * signed-in person, the whole form sent as the admin sends it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Annotation, Article } from '@/payload-types'
import { reanchoringSettled } from '@/server/annotate/reanchorQueue'
import { body, EN, rangeIn, seedArticle, ZH } from './annotations/fixtures'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
let historian: Awaited<ReturnType<typeof createUser>>['user']

beforeAll(async () => {
  t = await startPayload()
  historian = (await createUser(t.payload, 'historian')).user
})
afterAll(async () => {
  await reanchoringSettled()
  await t?.close()
})

type Locale = 'en' | 'zh'

const readDraft = (id: Article['id'], locale: Locale) => t.payload.findByID({ collection: 'articles', id, locale, fallbackLocale: false, draft: true, depth: 0, user: historian, overrideAccess: false })

/** An autosave as the admin sends it: the whole form as last read, with `changes` over it. */
async function autosave(id: Article['id'], locale: Locale, changes: Partial<Article>) {
  const form = await readDraft(id, locale)
  await t.payload.update({ collection: 'articles', id, locale, draft: true, autosave: true, depth: 0, data: { ...form, ...changes, _status: 'draft' }, user: historian, overrideAccess: false })
  await reanchoringSettled()
}

/** A draft article in both languages, with what its saves queued done. */
async function seeded() {
  const article = await seedArticle(t.payload)
  await reanchoringSettled()
  return article
}

const annotate = (article: Article['id'], locale: Locale, exact: string) =>
  t.payload.create({ collection: 'annotations', data: { target: { article, locale }, exact, motivation: 'questioning', body: 'Source?' } as never, user: historian, overrideAccess: false, depth: 0 })
const stored = (id: Annotation['id']) => t.payload.findByID({ collection: 'annotations', id, depth: 0 })

/**
 * Moves an annotation's stored position off its words, as the system does
 * (bypassing anchoring on save): re-anchoring puts it back, so whether it is
 * back says whether re-anchoring ran.
 */
const displace = (id: Annotation['id']) => t.payload.update({ collection: 'annotations', id, data: { start: 0, end: 3 }, overrideAccess: true, depth: 0, context: { reanchored: true } })

describe('re-anchoring on a draft save', () => {
  for (const [locale, paragraphs, words, opening] of [
    ['en', EN, 'the second siege lasted from July 1686', 'A new opening paragraph.'],
    ['zh', ZH, '十万', '新的开篇段落。'],
  ] as const) {
    it(`${locale}: a title-only autosave leaves the annotations untouched; a body change moves them to where their words now are`, async () => {
      const article = await seeded()
      const note = await annotate(article.id, locale, words)
      expect(await stored(note.id)).toMatchObject({ ...rangeIn([...paragraphs], words), anchor: { state: 'exact' } })
      await displace(note.id)
      const displaced = await stored(note.id)

      await autosave(article.id, locale, { title: `${(await readDraft(article.id, locale)).title} (retitled)` })
      const afterTitle = await stored(note.id)
      expect([afterTitle.start, afterTitle.end], 'not re-anchored: the title is not the text').toEqual([0, 3])
      expect(afterTitle.anchor?.checkedAt).toBe(displaced.anchor?.checkedAt)
      expect(afterTitle.updatedAt).toBe(displaced.updatedAt)

      const edited = [opening, ...paragraphs]
      await autosave(article.id, locale, { body: body(...edited) as Article['body'] })
      const afterBody = await stored(note.id)
      expect(afterBody).toMatchObject({ ...rangeIn(edited, words), anchor: { state: 'exact' } })
      expect(edited.join('\n\n').slice(afterBody.start!, afterBody.end!)).toBe(words)
      expect(afterBody.anchor?.checkedAt).not.toBe(displaced.anchor?.checkedAt)
    })
  }

  it('a body change in one language leaves the other language’s annotations where they are', async () => {
    const article = await seeded()
    const zh = await annotate(article.id, 'zh', '尼布楚条约')
    await displace(zh.id)
    await autosave(article.id, 'en', { body: body('A new opening paragraph.', ...EN) as Article['body'] })
    const after = await stored(zh.id)
    expect([after.start, after.end]).toEqual([0, 3])
  })
})

describe('the sourcing count in the articles list', () => {
  const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
  const needed = (id: string) => ({ type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'citationNeeded' } })
  const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children })
  const rich = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }) as Article['body']

  /** The count a list of drafts shows, per locale. */
  async function listed(id: Article['id']) {
    const counts: Partial<Record<Locale, unknown>> = {}
    for (const locale of ['en', 'zh'] as const) {
      const { docs } = await t.payload.find({ collection: 'articles', locale, draft: true, depth: 0, where: { id: { equals: id } }, user: historian, overrideAccess: false })
      counts[locale] = docs[0]?.needsSource
    }
    return counts
  }

  it('is counted again after a body change, and stays after a title-only autosave, in each language', async () => {
    const article = await t.payload.create({
      collection: 'articles',
      locale: 'en',
      draft: true,
      user: historian,
      overrideAccess: false,
      data: { title: 'Fort of Tasgan', _status: 'draft', body: rich(paragraph(text('The fort held out for a week.')), paragraph(text('Relief came from the north.'))) },
    })
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'zh', draft: true, user: historian, overrideAccess: false, data: { title: '塔斯甘堡', body: rich(paragraph(text('守军坚持了一周。'), needed('n1'))) } })
    expect(await listed(article.id)).toEqual({ en: 2, zh: 1 })

    await autosave(article.id, 'zh', { title: '塔斯甘堡之围' })
    await autosave(article.id, 'en', { title: 'Siege of Tasgan' })
    expect(await listed(article.id), 'a title-only save keeps each language’s count').toEqual({ en: 2, zh: 1 })

    await autosave(article.id, 'en', { body: rich(paragraph(text('The fort held out for a week.'))) })
    expect(await listed(article.id)).toEqual({ en: 1, zh: 1 })
    await autosave(article.id, 'zh', { body: rich(paragraph(text('守军坚持了一周。'), needed('n1')), paragraph(text('援军自北而来。'), needed('n2'))) })
    expect(await listed(article.id)).toEqual({ en: 1, zh: 2 })
  })
})
