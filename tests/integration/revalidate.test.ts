/**
 * What counts as a public change: it drops the site's page cache and search
 * index. Outside Next only the search index can be observed, so these tests
 * watch what a search finds after each change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteSearch } from '@/server/search'
import { startPayload, type TestPayload } from './payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

describe('public changes', () => {
  it('ignores a draft saved over a published article, and reacts to publishing and unpublishing', async () => {
    const { payload } = t
    const titles = async (query: string) => (await siteSearch(payload)).search(query).map((hit) => hit.title)
    const article = await payload.create({ collection: 'articles', data: { title: 'Treaty of Kyakhta', _status: 'published' } })
    expect(await titles('Kyakhta')).toEqual(['Treaty of Kyakhta'])

    await payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: 'Treaty of Kyakhta and Selenginsk', _status: 'draft' } })
    expect(await titles('Selenginsk'), 'a draft is not searchable').toEqual([])
    expect(await titles('Kyakhta')).toEqual(['Treaty of Kyakhta'])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await titles('Selenginsk'), 'published, the new title is found').toEqual(['Treaty of Kyakhta and Selenginsk'])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await titles('Kyakhta'), 'unpublished, it is gone').toEqual([])
  })

  it('treats any change to a collection without drafts as public', async () => {
    const { payload } = t
    await siteSearch(payload)
    await payload.create({ collection: 'places', data: { name: 'Kyakhta', names: [{ name: 'Кяхта', language: 'ru', script: 'Cyrl', kind: 'official' }] } })
    const after = await siteSearch(payload)
    expect(after.search('Кяхта', { kinds: ['place'] }).filter((hit) => hit.locale === 'en').map((hit) => hit.title)).toEqual(['Kyakhta'])
  })
})
