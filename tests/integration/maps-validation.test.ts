/**
 * A map's features are checked on every save, drafts included: a bad feature
 * is refused with a message naming it, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refusal, startPayload, type TestPayload } from './payload'

let test: TestPayload
beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => test?.close())

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features })
const border = (name: string, properties: Record<string, unknown> = {}, geometry: unknown = { type: 'LineString', coordinates: [[117.5, 49.8], [119.8, 52.2]] }) => ({
  type: 'Feature',
  properties: { kind: 'border', name: { en: name, zh: `${name}（中）` }, ...properties },
  geometry,
})
const period = { startYear: 1689, endYear: 1881 }

describe('map features on save', () => {
  it('refuses a feature year outside the period, naming the feature, and creates nothing — also for a draft', async () => {
    const { payload } = test
    const before = await payload.count({ collection: 'maps' })
    const message = await refusal(
      payload.create({ collection: 'maps', draft: true, data: { title: 'Test frontier', _status: 'draft', period, features: collection(border('Line of 1650', { from: 1650 })) } }),
    )
    expect(message).toMatch(/Feature "Line of 1650": the year 1650 is outside the map's period \(1689–1881\)/)
    expect((await payload.count({ collection: 'maps' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a self-intersecting area, a coordinate out of range and a feature without geometry on update, leaving the saved features as they were', async () => {
    const { payload } = test
    const map = await payload.create({ collection: 'maps', data: { title: '测试边界图', _status: 'draft', period, features: collection(border('Good line', { from: 1700 })) } })
    const bowTie = { type: 'Polygon', coordinates: [[[80, 44], [82, 46], [82, 44], [80, 46], [80, 44]]] }
    const cases: [Record<string, unknown>, RegExp][] = [
      [collection(border('Crossed area', { kind: 'ceded' }, bowTie)), /Feature "Crossed area" is a polygon that crosses itself/],
      [collection(border('Far line', {}, { type: 'LineString', coordinates: [[117, 50], [190, 50]] })), /Feature "Far line" has a coordinate out of range/],
      [collection(border('Empty', {}, null)), /Feature "Empty" has no geometry/],
    ]
    for (const [features, expected] of cases) {
      expect(await refusal(payload.update({ collection: 'maps', id: map.id, draft: true, data: { features } }))).toMatch(expected)
      const stored = await payload.findByID({ collection: 'maps', id: map.id, draft: true, depth: 0 })
      expect((stored.features as { features: { properties: { name: { en: string } } }[] }).features.map((f) => f.properties.name.en)).toEqual(['Good line'])
    }
  })

  it('refuses narrowing the period so that a saved feature falls outside it', async () => {
    const { payload } = test
    const map = await payload.create({ collection: 'maps', data: { title: 'Narrowed', _status: 'draft', period, features: collection(border('Late line', { from: 1860 })) } })
    expect(await refusal(payload.update({ collection: 'maps', id: map.id, data: { period: { startYear: 1689, endYear: 1800 } } }))).toMatch(/Feature "Late line": the year 1860 is outside/)
  })

  it('saves a wrongly wound area rewound (RFC 7946: outer ring counter-clockwise)', async () => {
    const { payload } = test
    const clockwise = { type: 'Polygon', coordinates: [[[80, 44], [80, 46], [82, 46], [82, 44], [80, 44]]] }
    const map = await payload.create({ collection: 'maps', data: { title: 'Wound', _status: 'draft', features: collection(border('Area', { kind: 'disputed' }, clockwise)) } })
    const ring = (map.features as { features: { geometry: { coordinates: number[][][] } }[] }).features[0]!.geometry.coordinates[0]
    expect(ring).toEqual([[80, 44], [82, 44], [82, 46], [80, 46], [80, 44]])
  })
})
