/**
 * A map caption imported from a document becomes a draft map "image missing"
 * that opens in the editor with the places its caption names on a layer:
 * named as the name authority records them (the importer's named-entity
 * linking), located from the gazetteer. In English and in Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Place } from '@/payload-types'
import { importDocument } from '@/server/import'
import { documentFile, manifestFor } from './import/documents'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test?.close())

async function mapOf(articleId: unknown, locale: 'en' | 'zh' = 'en') {
  const article = await test.payload.findByID({ collection: 'articles', id: articleId as number, depth: 0, draft: true })
  expect(article.maps).toHaveLength(1)
  return test.payload.findByID({ collection: 'maps', id: article.maps![0] as number, depth: 1, draft: true, locale })
}

const layerPlaces = (map: Awaited<ReturnType<typeof mapOf>>) => (map.placeLayers?.[0]?.places ?? []) as Place[]

describe('maps from imported captions', () => {
  it('start with the places an English caption names on a layer, located', async () => {
    const text = [
      '# The Tekes survey',
      '',
      'Surveyors left the shore of [Lake Balkhash](https://en.wikipedia.org/wiki/Lake_Balkhash) in the spring and followed the [Tekes River](https://en.wikipedia.org/wiki/Tekes_River) upstream for three weeks, mapping fords, pastures and the posts of the border guard.',
      '',
      '![](Tekes_survey_map.png) Map of the survey: Lake Balkhash and the Tekes River, with the posts of 1882.',
      '',
    ].join('\n')
    const summary = await importDocument(test.payload, documentFile('tekes-survey.md', text, manifestFor('The Tekes survey', 'https://test.wiki/tekes-survey')))
    const map = await mapOf(summary.articleId)
    expect(map).toMatchObject({ _status: 'draft', imageStatus: 'missing', originalFileName: 'Tekes_survey_map.png' })
    expect(map.placeLayers?.[0]?.label).toBe('Places named in the caption')
    const places = layerPlaces(map)
    expect(places.map((place) => place.name).sort()).toEqual(['Lake Balkhash', 'Tekes River'])
    // Located from the gazetteer: both lie in the Balkhash–Ili basin.
    for (const place of places) expect(place.coordinates?.longitude).toBeGreaterThan(70)
  })

  it('start with the places a Chinese caption names, and leave out what the authority does not know', async () => {
    const text = [
      '# 斋桑湖畔的商路',
      '',
      '商队从[塔城](https://zh.wikipedia.org/wiki/塔城 "wikilink")出发，沿[斋桑湖](https://zh.wikipedia.org/wiki/斋桑湖 "wikilink")北岸西行，每年往返一次，运送茶叶与布匹。',
      '',
      '![](斋桑商路地图.png) 商路地图：自塔城经斋桑湖至无名驿。',
      '',
    ].join('\n')
    const summary = await importDocument(test.payload, documentFile('zaysan-road.md', text, manifestFor('斋桑湖畔的商路', 'https://test.wiki/zaysan-road', 'zh')))
    const map = await mapOf(summary.articleId, 'zh')
    expect(map).toMatchObject({ _status: 'draft', imageStatus: 'missing' })
    expect(map.placeLayers?.[0]?.label).toBe('图注所提地点')
    const places = layerPlaces(map)
    expect(places.map((place) => place.name).sort()).toEqual(['塔城', '斋桑湖'].sort())
    expect(places.every((place) => place.coordinates?.latitude != null)).toBe(true)
  })
})
