/**
 * What counts as a public change: it drops the site's page cache and search
 * index. Outside Next only the search index can be observed, so these tests
 * watch it: a stale index is rebuilt as a new object on the next search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteSearch } from '../../server/search'
import { startPayload, type TestPayload } from './payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

describe('public changes', () => {
  it('ignores a draft saved over a published article, and reacts to publishing and unpublishing', async () => {
    const { payload } = t
    const article = await payload.create({ collection: 'articles', data: { title: 'Treaty of Kyakhta', _status: 'published' } })
    const published = await siteSearch(payload)
    expect(published.search('Kyakhta').map((hit) => hit.title)).toEqual(['Treaty of Kyakhta'])

    await payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: 'Treaty of Kyakhta (draft)', _status: 'draft' } })
    expect(await siteSearch(payload)).toBe(published)

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    const unpublished = await siteSearch(payload)
    expect(unpublished).not.toBe(published)
    expect(unpublished.search('Kyakhta')).toEqual([])
  })

  it('treats any change to a collection without drafts as public', async () => {
    const { payload } = t
    const before = await siteSearch(payload)
    await payload.create({ collection: 'places', data: { name: 'Kyakhta', names: [{ name: 'Кяхта', language: 'ru', script: 'Cyrl', kind: 'official' }] } })
    const after = await siteSearch(payload)
    expect(after).not.toBe(before)
    expect(after.search('Кяхта', { kinds: ['place'] }).filter((hit) => hit.locale === 'en').map((hit) => hit.title)).toEqual(['Kyakhta'])
  })
})
