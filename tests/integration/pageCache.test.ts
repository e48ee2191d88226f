/**
 * The shared page cache through Payload (server/pageCache), on SQLite and, in
 * `npm run test:mongo`, MongoDB: what Next's cache handler stores is kept
 * whole in the database, served to every instance, and never served once a
 * public change has started a new generation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageCacheGeneration } from '@/server/pageCache/generation'
import { registeredPageCache, sharedPageCache } from '@/server/pageCache/sharedPageCache'
import { inTransaction } from '@/server/transaction'
import { startPayload, type TestPayload } from './payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

/** A rendered page the way Next hands it to its cache handler. */
const renderedPage = (text: string) => ({
  kind: 'APP_PAGE',
  html: `<html><body><h1>${text}</h1></body></html>`,
  rscData: Buffer.from(`0:["${text}"]`),
  segmentData: new Map([['/_tree', Buffer.from([1, 2, 255])]]),
  headers: { 'x-next-cache-tags': '_N_T_/layout' },
  status: 200,
})
const cacheControl = { revalidate: false, expire: undefined }

/** Next looks a page up, renders it on a miss, and stores it. */
async function renderAndStore(cache: ReturnType<typeof sharedPageCache>, key: string, text: string) {
  expect(await cache.get(key)).toBeNull()
  await cache.set(key, renderedPage(text), cacheControl)
}

describe('shared page cache', () => {
  it('is started with Payload: a fresh database has a generation and nothing cached', async () => {
    expect(await pageCacheGeneration(t.payload)).not.toBe('')
    expect(registeredPageCache()).toBeDefined()
    expect(await sharedPageCache(t.payload).get('/en/articles/anything')).toBeNull()
  })

  it('serves what one instance rendered to another, whole', async () => {
    const instanceA = sharedPageCache(t.payload)
    const instanceB = sharedPageCache(t.payload)
    await renderAndStore(instanceA, '/en/articles/ili', '伊犁 Ili')
    const served = (await instanceB.get('/en/articles/ili')) as { value: ReturnType<typeof renderedPage>; cacheControl: unknown }
    expect(served.value.html).toContain('伊犁 Ili')
    expect(Buffer.isBuffer(served.value.rscData)).toBe(true)
    expect(served.value.rscData.toString()).toBe('0:["伊犁 Ili"]')
    expect([...served.value.segmentData.get('/_tree')!]).toEqual([1, 2, 255])
    expect(served.cacheControl).toEqual(cacheControl)
  })

  it('serves nothing rendered before a publish, on any instance, and drops it from the database', async () => {
    const instanceA = sharedPageCache(t.payload)
    const instanceB = sharedPageCache(t.payload)
    await renderAndStore(instanceA, '/en', 'home before')
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'Treaty of Chuguchak', _status: 'draft' } })
    expect(await instanceB.get('/en')).not.toBeNull() // saving a draft changes nothing public

    await t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(await instanceA.get('/en')).toBeNull()
    expect(await instanceB.get('/en')).toBeNull()
    await instanceB.set('/en', renderedPage('home after'), cacheControl)
    expect(((await instanceA.get('/en')) as { value: { html: string } }).value.html).toContain('home after')
    const { docs } = await t.payload.find({ collection: 'page-cache-entries', where: { key: { equals: '/en' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect((await t.payload.count({ collection: 'page-cache-entries', where: { generation: { not_equals: await pageCacheGeneration(t.payload) } }, overrideAccess: true })).totalDocs).toBe(0)

    await t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await instanceA.get('/en')).toBeNull()
  })

  it('does not keep a page whose rendering overlapped a publish', async () => {
    const cache = sharedPageCache(t.payload)
    expect(await cache.get('/zh/places')).toBeNull() // the lookup before rendering
    await t.payload.create({ collection: 'places', data: { name: '塔尔巴哈台' } }) // published while the page renders
    await cache.set('/zh/places', renderedPage('places from the old data'), cacheControl)
    expect(await cache.get('/zh/places')).toBeNull()
  })

  it('keeps nothing it was not asked for first', async () => {
    const cache = sharedPageCache(t.payload)
    await cache.set('/en/timeline', renderedPage('timeline'), cacheControl)
    expect(await cache.get('/en/timeline')).toBeNull()
  })

  it('starts a new generation for revalidateTag and revalidatePath', async () => {
    const cache = sharedPageCache(t.payload)
    await renderAndStore(cache, '/en/people', 'people')
    await cache.revalidate()
    expect(await cache.get('/en/people')).toBeNull()
  })

  it('moves to a new generation only when a transaction with a public change commits', async () => {
    const before = await pageCacheGeneration(t.payload)
    await expect(
      inTransaction(t.payload, async (req) => {
        await t.payload.create({ collection: 'places', data: { name: 'Kuldja' }, req })
        throw new Error('the import fails part-way')
      }),
    ).rejects.toThrow('part-way')
    expect(await pageCacheGeneration(t.payload)).toBe(before)
    await inTransaction(t.payload, (req) => t.payload.create({ collection: 'places', data: { name: 'Kuldja' }, req }))
    expect(await pageCacheGeneration(t.payload)).not.toBe(before)
  })

  it('is not reachable through the API', async () => {
    await expect(t.payload.find({ collection: 'page-cache-entries', overrideAccess: false })).rejects.toThrow()
    await expect(t.payload.findGlobal({ slug: 'page-cache-generation', overrideAccess: false })).rejects.toThrow()
  })
})
