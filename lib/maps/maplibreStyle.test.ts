import { describe, expect, it } from 'vitest'

import { BASEMAP_LAYERS } from './basemap'
import type { MapFeatureCollection } from './features'
import { FEATURES_SOURCE, maplibreStyle, overlaySourceId } from './maplibreStyle'
import { mapOverlays } from './overlays'
import { placesGeoJSON, sliderRange } from './pageData'
import { BASEMAP_COLORS, KIND_STYLES } from './style'

const features: MapFeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { kind: 'border', name: { en: 'Test line', zh: '测试界线' }, from: 1700 }, geometry: { type: 'LineString', coordinates: [[110, 50], [130, 50]] } }],
}

describe('the MapLibre style of the offline basemap', () => {
  it('requests nothing but same-origin paths: no glyphs, sprites or tiles, no symbol layers', () => {
    for (const locale of ['en', 'zh'] as const) {
      const style = maplibreStyle({ locale, features })
      expect(style.glyphs).toBeUndefined()
      expect(style.sprite).toBeUndefined()
      expect(style.layers.some((layer) => layer.type === 'symbol')).toBe(false)
      for (const source of Object.values(style.sources)) {
        expect(source.type === 'geojson' || source.type === 'image').toBe(true)
        if ('data' in source && typeof source.data === 'string') expect(source.data).toMatch(/^\/[^/]/)
        expect('tiles' in source).toBe(false)
        if (source.type === 'image') expect(source.url).toMatch(/^\/[^/]/)
      }
    }
  })

  it('draws every basemap layer in the platform colours and each feature kind in its colour', () => {
    const style = maplibreStyle({ locale: 'en', features })
    for (const layer of BASEMAP_LAYERS) expect(style.sources[`basemap-${layer}`]).toMatchObject({ type: 'geojson', data: `/maps-assets/basemap/${layer}` })
    expect(style.layers.find((layer) => layer.id === 'land')).toMatchObject({ paint: { 'fill-color': BASEMAP_COLORS.land } })
    expect(style.layers.find((layer) => layer.id === 'feature-border')).toMatchObject({ source: FEATURES_SOURCE, paint: { 'line-color': KIND_STYLES.border.color } })
    expect(style.sources[FEATURES_SOURCE]).toMatchObject({ data: features })
  })

  it('credits the basemap in the reader’s language', () => {
    expect(JSON.stringify(maplibreStyle({ locale: 'zh' }))).toContain('底图')
    expect(JSON.stringify(maplibreStyle({ locale: 'en' }))).toContain('Basemap: Natural Earth')
  })

  it('puts overlays by their four corners under the features, at their opacity', () => {
    const overlays = mapOverlays([
      { image: { url: '/media/scan.png', sizes: { web: { url: '/media/scan-web.png' } } }, corners: [[100, 55], [120, 55], [120, 45], [100, 45]], opacity: 0.5 },
      { image: { url: '/media/old.jpg' }, topLeft: { longitude: 80, latitude: 50 }, topRight: { longitude: 90, latitude: 50 }, bottomRight: { longitude: 90, latitude: 40 }, bottomLeft: { longitude: 80, latitude: 40 } },
      { image: { url: '/media/nowhere.jpg' }, corners: [[100, 95], [120, 55], [120, 45], [100, 45]] },
    ])
    expect(overlays.map((overlay) => overlay.url)).toEqual(['/media/scan-web.png', '/media/old.jpg'])
    const style = maplibreStyle({ locale: 'en', features, overlays })
    expect(style.sources[overlaySourceId(0)]).toEqual({ type: 'image', url: '/media/scan-web.png', coordinates: [[100, 55], [120, 55], [120, 45], [100, 45]] })
    expect(style.sources[overlaySourceId(1)]).toMatchObject({ coordinates: [[80, 50], [90, 50], [90, 40], [80, 40]] })
    const ids = style.layers.map((layer) => layer.id)
    expect(ids.indexOf(overlaySourceId(1))).toBeLessThan(ids.indexOf('feature-border'))
    expect(ids.indexOf('modern-borders')).toBeLessThan(ids.indexOf(overlaySourceId(0)))
    expect(style.layers.find((layer) => layer.id === overlaySourceId(0))).toMatchObject({ paint: { 'raster-opacity': 0.5 } })
  })
})

describe('the map page data', () => {
  it('runs the slider over the map’s period, else over the years its features name', () => {
    expect(sliderRange({ startYear: 1689, endYear: 1881 }, features)).toEqual({ min: 1689, max: 1881 })
    const dated: MapFeatureCollection = { type: 'FeatureCollection', features: [{ ...features.features[0]!, properties: { ...features.features[0]!.properties, from: 1727, to: 1858 } }] }
    expect(sliderRange({}, dated)).toEqual({ min: 1727, max: 1858 })
    expect(sliderRange({}, { type: 'FeatureCollection', features: [] })).toBeNull()
  })

  it('gives the places as points, longitude first', () => {
    expect(placesGeoJSON([{ name: '伊犁', longitude: 81.3, latitude: 43.9, precision: 'approximate' }]).features[0]).toEqual({
      type: 'Feature',
      properties: { name: '伊犁', precision: 'approximate' },
      geometry: { type: 'Point', coordinates: [81.3, 43.9] },
    })
  })
})
