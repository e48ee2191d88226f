import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { BASEMAP_LAYERS, basemapLayers, withoutEmptyParts, type BasemapTopology } from './basemap'
import { changeYears, featuresIn, holdsIn, type MapFeatureCollection } from './features'
import { mapProjection, renderMapSvg } from './svg'

const basemap = basemapLayers(JSON.parse(readFileSync(path.join(process.cwd(), 'geo', 'basemap.topo.json'), 'utf8')) as BasemapTopology)
const extent = { west: 100, south: 40, east: 140, north: 60 }

const treatyMap: MapFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { kind: 'border', name: { en: 'Test line', zh: '测试界线' }, from: 1700, to: 1799 }, geometry: { type: 'LineString', coordinates: [[110, 50], [130, 50]] } },
    { type: 'Feature', properties: { kind: 'fort', name: { en: 'Test fort', zh: '测试要塞' }, from: 1750 }, geometry: { type: 'Point', coordinates: [120, 45] } },
  ],
}

describe('basemap layers', () => {
  const ring = [[0, 0], [1, 0], [1, 1], [0, 0]]
  const parts = (collection: ReturnType<typeof withoutEmptyParts>) => collection.features.map((item) => item.geometry)

  it('keep only drawable parts: an empty polygon, a short ring or line and a feature left with nothing go', () => {
    const cleaned = withoutEmptyParts({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Clipped' }, geometry: { type: 'MultiPolygon', coordinates: [[], [ring, [[0, 0], [0.5, 0.5], [0, 0]]], [[[2, 2], [3, 3]]]] } },
        { type: 'Feature', properties: { name: 'Gone' }, geometry: { type: 'MultiPolygon', coordinates: [[], []] } },
        { type: 'Feature', properties: { name: 'River' }, geometry: { type: 'MultiLineString', coordinates: [[[0, 0]], [[0, 0], [1, 1]]] } },
        { type: 'Feature', properties: { name: 'Stub' }, geometry: { type: 'LineString', coordinates: [[0, 0]] } },
      ],
    })
    expect(cleaned.features.map((item) => item.properties.name)).toEqual(['Clipped', 'River'])
    expect(parts(cleaned)).toEqual([
      { type: 'MultiPolygon', coordinates: [[ring]] },
      { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]]] },
    ])
  })

  it('the shipped basemap has no empty part in any layer', () => {
    for (const layer of BASEMAP_LAYERS) {
      for (const geometry of parts(basemap[layer])) {
        const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : []
        for (const rings of polygons) expect(rings.length > 0 && rings.every((r) => r.length >= 4), layer).toBe(true)
        const lines = geometry.type === 'MultiLineString' ? geometry.coordinates : geometry.type === 'LineString' ? [geometry.coordinates] : []
        for (const line of lines) expect(line.length, layer).toBeGreaterThanOrEqual(2)
      }
      expect(basemap[layer].features.length, layer).toBeGreaterThan(0)
    }
  })
})

describe('time filtering', () => {
  it('a feature holds from its first to its last year inclusive; a missing end is open', () => {
    expect(holdsIn({ from: 1700, to: 1799 }, 1699)).toBe(false)
    expect(holdsIn({ from: 1700, to: 1799 }, 1700)).toBe(true)
    expect(holdsIn({ from: 1700, to: 1799 }, 1799)).toBe(true)
    expect(holdsIn({ from: 1700, to: 1799 }, 1800)).toBe(false)
    expect(holdsIn({ from: 1750 }, 2000)).toBe(true)
    expect(holdsIn({}, 1)).toBe(true)
  })

  it('lists what holds in a year, and the years at which the map changes within its period', () => {
    expect(featuresIn(treatyMap, 1720).map((f) => f.properties.name.en)).toEqual(['Test line'])
    expect(featuresIn(treatyMap, 1760).map((f) => f.properties.name.en)).toEqual(['Test line', 'Test fort'])
    expect(featuresIn(treatyMap, 1800).map((f) => f.properties.name.en)).toEqual(['Test fort'])
    expect(changeYears(treatyMap, { startYear: 1690, endYear: 1900 })).toEqual([1690, 1700, 1750, 1800])
  })
})

describe('projection', () => {
  it('puts the extent inside the box, west left of east and north above south', () => {
    const projection = mapProjection(extent, 800, 500)
    const [westX, southY] = projection([100, 40])!
    const [eastX, northY] = projection([140, 60])!
    expect(westX).toBeGreaterThanOrEqual(0)
    expect(eastX).toBeLessThanOrEqual(800)
    expect(westX).toBeLessThan(eastX)
    expect(northY).toBeLessThan(southY)
    // Mercator: a degree of latitude is taller at 60° N than at 40° N.
    const [, y40] = projection([120, 40])!
    const [, y41] = projection([120, 41])!
    const [, y59] = projection([120, 59])!
    const [, y60] = projection([120, 60])!
    expect(y59 - y60).toBeGreaterThan(y40 - y41)
  })
})

describe('renderMapSvg', () => {
  it('draws a known line where the projection puts it, with its name and note number', () => {
    const svg = renderMapSvg({ title: 'A test map', basemap, extent, features: treatyMap, noteNumbers: new Map([[0, 3]]), width: 800, height: 500 })
    const [x, y] = mapProjection(extent, 800, 500)([110, 50])!
    expect(svg).toContain(`<path d="M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`)
    expect(svg).toContain('Test line [3]')
    expect(svg).toContain('<title id="map-title">A test map</title>')
    expect(svg.match(/class="map-feature"/g)).toHaveLength(2)
    // The basemap is there: land, modern borders and rivers each give a path.
    expect(svg).toContain('class="map-modern-borders"')
  })

  it('places an overlay image by its four corners, as two triangles the way MapLibre draws it, only in its years', () => {
    const corners: [number, number][] = [[112, 55], [131, 54], [129, 44], [110, 46]]
    const overlay = { url: '/api/media/file/sketch-web.webp', corners: corners as [[number, number], [number, number], [number, number], [number, number]], opacity: 0.6, from: 1750, to: 1760 }
    const svg = renderMapSvg({ title: 't', basemap, extent, features: treatyMap, overlays: [overlay], width: 800, height: 500 })
    const projection = mapProjection(extent, 800, 500)
    const [tl, tr, br, bl] = corners.map((corner) => projection(corner)!)
    const matrices = [...svg.matchAll(/<image href="\/api\/media\/file\/sketch-web\.webp" width="1" height="1" preserveAspectRatio="none" transform="matrix\(([^)]*)\)"/g)].map((match) => match[1]!.split(' ').map(Number))
    expect(matrices).toHaveLength(2)
    const apply = ([a, b, c, d, e, f]: number[], [u, v]: [number, number]) => [a! * u + c! * v + e!, b! * u + d! * v + f!]
    const near = (point: number[], wanted: number[]) => expect(Math.hypot(point[0]! - wanted[0]!, point[1]! - wanted[1]!)).toBeLessThan(0.05)
    // The image's corners land on the projected corners: top-left, top-right, bottom-right in one half; bottom-left in the other.
    near(apply(matrices[0]!, [0, 0]), tl!)
    near(apply(matrices[0]!, [1, 0]), tr!)
    near(apply(matrices[0]!, [1, 1]), br!)
    near(apply(matrices[1]!, [1, 1]), br!)
    near(apply(matrices[1]!, [0, 1]), bl!)
    expect(svg).toContain('opacity="0.6"')
    // Under the features: drawn before the first of them.
    expect(svg.indexOf('data-kind="overlay"')).toBeLessThan(svg.indexOf('data-kind="border"'))
    expect(renderMapSvg({ title: 't', basemap, extent, features: treatyMap, overlays: [overlay], year: 1800 })).not.toContain('<image')
    expect(renderMapSvg({ title: 't', basemap, extent, features: treatyMap, overlays: [overlay], year: 1755 })).toContain('<image')
  })

  it('shows only what holds in the given year, in the locale asked for', () => {
    const before = renderMapSvg({ title: 't', basemap, extent, features: treatyMap, year: 1720, locale: 'zh' })
    expect(before).toContain('测试界线')
    expect(before).not.toContain('测试要塞')
    const after = renderMapSvg({ title: 't', basemap, extent, features: treatyMap, year: 1800, locale: 'zh' })
    expect(after).not.toContain('测试界线')
    expect(after).toContain('测试要塞')
  })

  it('escapes names and draws places by their precision', () => {
    const svg = renderMapSvg({
      title: '<Map & co>',
      basemap,
      extent,
      features: { type: 'FeatureCollection', features: [] },
      places: [
        { name: 'Town <A>', longitude: 120, latitude: 50, precision: 'exact' },
        { name: 'Steppe', longitude: 110, latitude: 45, precision: 'region' },
        { name: 'Far away', longitude: 10, latitude: 10, precision: 'exact' },
      ],
    })
    expect(svg).toContain('&#60;Map &#38; co&#62;')
    expect(svg).toContain('Town &#60;A&#62;')
    expect(svg).toContain('data-precision="region"')
    expect(svg).not.toContain('Far away')
  })
})
