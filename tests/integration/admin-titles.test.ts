import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
let editor: User & { collection: 'users' }
beforeAll(async () => {
  t = await startPayload()
  editor = (await createUser(t.payload, 'editor')).user
})
afterAll(async () => t?.close())

/** The field a collection's admin lists and pickers show as the title (Payload defaults it to the id). */
const titleFieldOf = (collection: CollectionSlug) => t.payload.collections[collection].config.admin.useAsTitle ?? 'id'

/** The title the admin shows for a document: its useAsTitle value as the list view reads it (no locale fallback, drafts). */
async function adminTitle(collection: CollectionSlug, id: number | string, locale: 'en' | 'zh') {
  const useAsTitle = titleFieldOf(collection)
  const { docs } = await t.payload.find({
    collection,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    where: { id: { equals: id } },
    overrideAccess: false,
    user: editor,
  })
  return (docs[0] as unknown as Record<string, unknown>)[useAsTitle]
}

/** What a relationship cell or picker reads: only the related collection's useAsTitle, by id. */
async function relationshipTitle(collection: CollectionSlug, id: number | string, locale: 'en' | 'zh') {
  const useAsTitle = titleFieldOf(collection)
  const { docs } = await t.payload.find({
    collection,
    locale,
    draft: true,
    depth: 0,
    select: { [useAsTitle]: true },
    where: { id: { in: [id] } },
    overrideAccess: false,
    user: editor,
  })
  return (docs[0] as unknown as Record<string, unknown>)[useAsTitle]
}

describe('titles in the admin', () => {
  it('a Chinese-only article has its Chinese title in the English list and pickers', async () => {
    const article = await t.payload.create({ collection: 'articles', locale: 'zh', data: { title: '塔城条约测试', _status: 'draft' } })
    expect(await adminTitle('articles', article.id, 'en')).toBe('塔城条约测试')
    expect(await relationshipTitle('articles', article.id, 'en')).toBe('塔城条约测试')
    expect(await adminTitle('articles', article.id, 'zh')).toBe('塔城条约测试')
  })

  it('an article with both titles shows each language its own, and follows a retitle', async () => {
    const article = await t.payload.create({ collection: 'articles', locale: 'en', data: { title: 'Test treaty', _status: 'draft' } })
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { title: '测试条约' } })
    expect(await adminTitle('articles', article.id, 'en')).toBe('Test treaty')
    expect(await adminTitle('articles', article.id, 'zh')).toBe('测试条约')
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { title: 'Test treaty, revised' } })
    expect(await relationshipTitle('articles', article.id, 'en')).toBe('Test treaty, revised')
    expect(await relationshipTitle('articles', article.id, 'zh')).toBe('测试条约')
  })

  it('an English-only place shows its English name in the Chinese admin, and the admin search finds it by either name', async () => {
    const place = await t.payload.create({ collection: 'places', locale: 'en', data: { name: 'Testville' } })
    expect(await adminTitle('places', place.id, 'zh')).toBe('Testville')
    await t.payload.update({ collection: 'places', id: place.id, locale: 'zh', data: { name: '测试城' } })
    const useAsTitle = titleFieldOf('places')
    for (const search of ['Testville', '测试城']) {
      const { docs } = await t.payload.find({ collection: 'places', locale: 'en', depth: 0, where: { [useAsTitle]: { like: search } } })
      expect(docs.map((doc) => doc.id)).toEqual([place.id])
    }
  })

  it('a relationship to a source shows the source title', async () => {
    const source = await t.payload.create({
      collection: 'sources',
      data: { title: 'Test chronicle', language: 'en', kind: 'primary', rawText: 'A line of text.' },
    })
    expect(await relationshipTitle('sources', source.id, 'en')).toBe('Test chronicle')
    expect(await relationshipTitle('sources', source.id, 'zh')).toBe('Test chronicle')
  })
})
