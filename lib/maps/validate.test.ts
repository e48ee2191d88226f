import { describe, expect, it } from 'vitest'

import { checkMapFeatures, MAX_FEATURES_BYTES, normalizeFeatures } from './validate'

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features })
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { kind: 'border', name: { en: 'Argun line', zh: '额尔古纳界' }, ...properties },
  geometry,
})
const line = { type: 'LineString', coordinates: [[117, 50], [120, 52]] }
const square = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] })

describe('checkMapFeatures', () => {
  it('accepts a valid collection, and no features at all', () => {
    expect(checkMapFeatures(collection(feature(line, { from: 1689, to: 1858 })), { startYear: 1680, endYear: 1900 })).toBe(true)
    expect(checkMapFeatures(null)).toBe(true)
  })

  it('names the feature that has no geometry', () => {
    expect(checkMapFeatures(collection(feature(line), feature(null, { name: { zh: '无形之界' } })))).toMatch(/Feature "无形之界" has no geometry/)
  })

  it('refuses coordinates out of range, naming the feature and the position', () => {
    expect(checkMapFeatures(collection(feature({ type: 'Point', coordinates: [200, 95] }, { kind: 'fort', name: { en: 'Lost fort' } })))).toMatch(/Feature "Lost fort" has a coordinate out of range \(200, 95\)/)
  })

  it('refuses a polygon that crosses itself', () => {
    const bowTie = square([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])
    expect(checkMapFeatures(collection(feature(bowTie, { kind: 'ceded', name: { en: 'Bow tie' } })))).toMatch(/Feature "Bow tie" is a polygon that crosses itself/)
  })

  it('refuses a year outside the map period, an unknown kind, and an end before the start', () => {
    const period = { startYear: 1689, endYear: 1881 }
    expect(checkMapFeatures(collection(feature(line, { from: 1600 })), period)).toBe(`Feature "Argun line": the year 1600 is outside the map's period (1689–1881).`)
    expect(checkMapFeatures(collection(feature(line, { kind: 'castle' })))).toMatch(/Feature "Argun line" needs a kind/)
    expect(checkMapFeatures(collection(feature(line, { from: 1800, to: 1700 })))).toMatch(/ends \(1700\) before it begins \(1800\)/)
  })

  it('refuses what is not GeoJSON, naming the feature', () => {
    expect(checkMapFeatures({ type: 'Feature' })).toMatch(/must be a GeoJSON FeatureCollection/)
    expect(checkMapFeatures(collection(feature({ type: 'LineString', coordinates: [[117, 50]] })))).toMatch(/^Feature "Argun line" is not valid GeoJSON/)
  })

  it('refuses a collection over the size limit', () => {
    const points = Array.from({ length: MAX_FEATURES_BYTES / 16 }, (_, i) => [100 + (i % 1000) / 1000, 40.123456789])
    expect(checkMapFeatures(collection(feature({ type: 'MultiPoint', coordinates: points }, { kind: 'fort' })))).toMatch(/MB of GeoJSON; a map may have at most 5 MB/)
  })
})

describe('normalizeFeatures', () => {
  it('rewinds a clockwise outer ring counter-clockwise (RFC 7946) and leaves the input alone', () => {
    const clockwise = square([[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]])
    const input = collection(feature(clockwise))
    const output = normalizeFeatures(input) as { features: { geometry: { coordinates: number[][][] } }[] }
    expect(output.features[0]!.geometry.coordinates[0]).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])
    expect(input.features[0]).toMatchObject({ geometry: clockwise })
  })
})
