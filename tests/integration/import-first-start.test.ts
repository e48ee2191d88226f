/**
 * First start (`npm start` → prepareDatabase) on an empty database imports the
 * founding corpus: the three Wikipedia-derived articles published with their
 * attribution, the machine-translated one a draft; a later start imports nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recordCounts } from './import/fixtures'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
let prepareDatabase: (log: (line: string) => void) => Promise<unknown>
const lines: string[] = []

beforeAll(async () => {
  test = await startPayload()
  // Loaded after startPayload: the config it imports reads the throwaway database's location from the environment.
  ;({ prepareDatabase } = await import('@/server/prepare'))
  await prepareDatabase((line) => lines.push(line))
})
afterAll(async () => {
  await test?.close()
})

describe('first start', () => {
  it('prints one line per imported document', () => {
    expect(lines.filter((line) => line.startsWith('Imported '))).toHaveLength(4)
  })

  it('publishes the three Wikipedia-derived articles and keeps the machine translation a draft', async () => {
    const { payload } = test
    const published = await payload.find({ collection: 'articles', depth: 0, pagination: false, where: { _status: { equals: 'published' } }, locale: 'all' })
    const drafts = await payload.find({ collection: 'articles', depth: 0, pagination: false, where: { _status: { equals: 'draft' } }, locale: 'all' })
    const titles = (docs: typeof published.docs) => docs.map((doc) => doc.title as unknown as Record<string, string | undefined>)
    expect(titles(published.docs)).toEqual(
      expect.arrayContaining([{ zh: '清军收复新疆之战' }, { en: 'Sino-Russian border conflicts' }, { en: 'Barefooted Flight' }]),
    )
    expect(published.totalDocs).toBe(3)
    expect(drafts.totalDocs).toBe(1)
    expect(titles(drafts.docs)[0]?.en).toMatch(/^The Battle of Ili Tacheng/)
  })

  it('shows the public what is published, with its attribution and its source', async () => {
    const { payload } = test
    const { docs } = await payload.find({ collection: 'articles', depth: 1, pagination: false, overrideAccess: false, locale: 'en' })
    expect(docs).toHaveLength(3)
    for (const article of docs) {
      expect(article.credits?.[0]?.name).toMatch(/Wikipedia|维基百科/)
      expect(article.credits?.[0]?.note).toMatch(/CC BY-SA/)
      const source = article.sources?.[0]
      expect(typeof source === 'object' && source?.public).toBe(true)
    }
  })

  it('locates every place of the corpus and the name authority from the shipped gazetteer', async () => {
    const { docs } = await test.payload.find({ collection: 'places', depth: 0, pagination: false })
    expect(docs.length).toBeGreaterThan(10)
    const unlocated = docs.filter((place) => !['exact', 'approximate', 'region'].includes(place.coordinates?.precision ?? '') || place.coordinates?.latitude == null || !place.coordinates?.source)
    expect(unlocated.map((place) => place.name)).toEqual([])
  })

  it('creates the frontier treaty maps, every feature citing a work of the bibliography, and publishes the overview', async () => {
    const { payload } = test
    const { docs } = await payload.find({ collection: 'maps', depth: 0, pagination: false, where: { slug: { like: 'treaty-' } }, draft: true })
    expect(docs).toHaveLength(6)
    const overview = await payload.find({ collection: 'maps', depth: 0, overrideAccess: false, locale: 'zh', where: { _status: { equals: 'published' } } })
    expect(overview.docs.map((map) => map.title)).toEqual(['清俄边界（1689–1881年）'])
    const features = (overview.docs[0]!.features as { features: { properties: { from?: number; cite?: { citation: string | number } } }[] }).features
    expect(new Set(features.map((f) => f.properties.from))).toEqual(new Set([1689, 1727, 1858, 1860, 1864, 1871, 1881]))
    for (const feature of features) {
      const work = await payload.findByID({ collection: 'citations', id: feature.properties.cite!.citation, depth: 0 })
      expect(work.title.original).toMatch(/\S/)
    }
    expect(overview.docs[0]!.placeLayers?.[0]?.places?.length).toBeGreaterThan(5)
  })

  it('merges a place named in Chinese and in English into one record through the name authority', async () => {
    const { payload } = test
    const kokand = await payload.find({ collection: 'places', depth: 0, where: { 'names.name': { in: ['浩罕汗国', 'Khanate of Kokand'] } } })
    expect(kokand.totalDocs).toBe(1)
    const names = kokand.docs[0]!.names!.map((row) => row.name)
    expect(names).toEqual(expect.arrayContaining(['Khanate of Kokand', '浩罕汗国', '浩罕汗國']))
    // The Chinese document's link to it was attributed to the record it reused.
    const sources = kokand.docs[0]!.names!.map((row) => row.source).filter(Boolean)
    expect(sources.length).toBeGreaterThan(0)
  })

  it('finds a person by a machine-translation rendering and a place by its Chinese name', async () => {
    const { siteSearchIndexFor } = await import('./import/searchIndex')
    const index = await siteSearchIndexFor(test.payload)
    expect(index.search('Agubai').map((hit) => hit.title)).toContain('Yakub Beg')
    const ili = index.search('伊犁', { kinds: ['place'] })
    expect(ili.map((hit) => hit.title)).toEqual(expect.arrayContaining(['Ili', '伊犁']))
  })

  it('imports nothing on a later start', async () => {
    const before = await recordCounts(test.payload)
    lines.length = 0
    await prepareDatabase((line) => lines.push(line))
    expect(lines.filter((line) => line.startsWith('Imported '))).toHaveLength(0)
    expect(await recordCounts(test.payload)).toEqual(before)
  })
})
