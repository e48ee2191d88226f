/**
 * Places located: the importer gives a new place the gazetteer's coordinates
 * (geo/places.json) with their precision and source, and flags a place the
 * gazetteer does not know "not located"; a start locates places saved before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import { documentFile, manifestFor } from './import/documents'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test?.close())

const placeNamed = async (name: string) => {
  const { docs } = await test.payload.find({ collection: 'places', depth: 0, where: { 'names.name': { equals: name } } })
  expect(docs).toHaveLength(1)
  return docs[0]!
}

describe('places located by the importer', () => {
  it('gives a place the gazetteer knows its coordinates, and flags an unknown one "not located" (English and Chinese)', async () => {
    const english = [
      '# The Ussuri post',
      '',
      'Traders went up the [Ussuri River](https://en.wikipedia.org/wiki/Ussuri_River) every spring and camped at [Blackwater Lake](https://en.wikipedia.org/wiki/Blackwater_Lake) before the thaw. The post burned in the autumn of the same year and was never rebuilt.',
      '',
    ].join('\n')
    await importDocument(test.payload, documentFile('ussuri-post.md', english, manifestFor('The Ussuri post', 'https://test.wiki/ussuri-post')))
    const chinese = ['# 斋桑湖边的哨所', '', '商队每年经[斋桑湖](https://zh.wikipedia.org/wiki/斋桑湖 "wikilink")北岸前往[无名河](https://zh.wikipedia.org/wiki/无名河 "wikilink")，在那里过冬，等到春天再继续向西行进。', ''].join('\n')
    await importDocument(test.payload, documentFile('zaysan-post.md', chinese, manifestFor('斋桑湖边的哨所', 'https://test.wiki/zaysan-post', 'zh')))

    const ussuri = await placeNamed('Ussuri River')
    expect(ussuri.coordinates).toMatchObject({ precision: 'approximate' })
    expect(ussuri.coordinates?.latitude).toBeCloseTo(46.8, 1)
    expect(ussuri.coordinates?.longitude).toBeCloseTo(133.9, 1)
    expect(ussuri.coordinates?.source).toMatch(/\S/)

    const zaysan = await placeNamed('斋桑湖')
    expect(zaysan.coordinates?.precision).toBe('approximate')
    expect(zaysan.coordinates?.longitude).toBeCloseTo(84, 0)

    for (const unknown of ['Blackwater Lake', '无名河']) {
      const place = await placeNamed(unknown)
      expect(place.coordinates).toMatchObject({ precision: 'not-located', latitude: null, longitude: null })
    }
  })

  it('locates at start the places saved before the gazetteer, keeping what an editor entered', async () => {
    const { payload } = test
    const old = await payload.create({ collection: 'places', data: { name: 'Kiakhta', names: [{ name: 'Kiakhta', language: 'en', script: 'Latn', kind: 'historic' }] } })
    const placedByHand = await payload.create({ collection: 'places', data: { name: 'Camp Seven', coordinates: { latitude: 49.5, longitude: 101.25 } } })
    const { locatePlaces } = await import('@/server/places/locate')
    const counts = await locatePlaces(payload)
    expect(counts.located).toBeGreaterThanOrEqual(2)
    const kyakhta = await payload.findByID({ collection: 'places', id: old.id, depth: 0 })
    expect(kyakhta.coordinates).toMatchObject({ precision: 'exact' })
    expect(kyakhta.coordinates?.latitude).toBeCloseTo(50.35, 2)
    const byHand = await payload.findByID({ collection: 'places', id: placedByHand.id, depth: 0 })
    expect(byHand.coordinates).toMatchObject({ latitude: 49.5, longitude: 101.25, precision: 'approximate', source: 'Entered by an editor' })
    // A second start has nothing left to do.
    expect(await locatePlaces(payload)).toEqual({ located: 0, notLocated: 0 })
  })
})
