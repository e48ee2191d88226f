import { describe, expect, it } from 'vitest'

import { boundaryFromSnapshot, boundaryToDrawFeatures, completeExtent, extentAround, extentOfBox, fromDrawSnapshot, toDrawFeatures } from './editorFeatures'
import type { MapFeatureCollection } from './features'

const stored: MapFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'a1', geometry: { type: 'LineString', coordinates: [[117, 50], [120, 52]] }, properties: { kind: 'border', name: { en: 'Argun line', zh: '额尔古纳界' }, from: 1689 } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [124.5, 49.9] }, properties: { kind: 'fort', name: { zh: '瑷珲城' } } },
    { type: 'Feature', geometry: { type: 'MultiLineString', coordinates: [[[80, 44], [81, 45]]] }, properties: { kind: 'route', name: { en: 'Two-part road' } } },
  ],
}

describe('the map editor and terra-draw', () => {
  it('gives terra-draw each drawable feature with an id and its mode, keeping the others apart', () => {
    let next = 0
    const { drawable, kept } = toDrawFeatures(stored, () => `new-${++next}`)
    expect(drawable.map((feature) => [feature.id, feature.properties.mode])).toEqual([
      ['a1', 'linestring'],
      ['new-1', 'point'],
    ])
    expect(drawable[0]?.properties.name).toEqual({ en: 'Argun line', zh: '额尔古纳界' })
    expect(kept.map((feature) => feature.properties.name.en)).toEqual(['Two-part road'])
  })

  it('reads the snapshot back without terra-draw’s own properties and helpers, and gives a new feature a kind', () => {
    const { drawable, kept } = toDrawFeatures(stored, () => 'p1')
    const snapshot = [
      { ...drawable[0]!, properties: { ...drawable[0]!.properties, createdAt: 1, updatedAt: 2, selected: true } },
      { type: 'Feature' as const, id: 'handle', geometry: { type: 'Point' as const, coordinates: [117, 50] }, properties: { mode: 'select', selectionPoint: true } },
      { type: 'Feature' as const, id: 'drawn', geometry: { type: 'Polygon' as const, coordinates: [[[80, 44], [82, 44], [82, 46], [80, 44]]] }, properties: { mode: 'polygon' } },
      { type: 'Feature' as const, id: 'half', geometry: { type: 'LineString' as const, coordinates: [[1, 1], [2, 2]] }, properties: { mode: 'linestring', currentlyDrawing: true } },
    ]
    const collection = fromDrawSnapshot(snapshot, kept)
    expect(collection.features.map((feature) => feature.id ?? feature.properties.name.en)).toEqual(['a1', 'drawn', 'Two-part road'])
    expect(collection.features[0]?.properties).toEqual({ kind: 'border', name: { en: 'Argun line', zh: '额尔古纳界' }, from: 1689 })
    expect(collection.features[1]?.properties).toEqual({ kind: 'ceded', name: {} })
  })

  it('turns a drawn box into an extent, and knows an extent with a side missing', () => {
    expect(extentOfBox([[73.456, 49.1], [96.004, 49.1], [96.004, 34.333], [73.456, 34.333], [73.456, 49.1]])).toEqual({ west: 73.46, south: 34.33, east: 96, north: 49.1 })
    expect(completeExtent({ west: 73, south: 34, east: null, north: 49 })).toBeNull()
    expect(completeExtent({ west: 96, south: 34, east: 73, north: 49 })).toBeNull()
    expect(completeExtent({ west: 73, south: 34, east: 96, north: 49 })).toEqual({ west: 73, south: 34, east: 96, north: 49 })
  })
})

describe('a region outline in the editor', () => {
  const dzungaria = { type: 'Polygon' as const, coordinates: [[[80, 43], [90, 43], [90, 48], [80, 48], [80, 43]]] }
  const second = [[[92, 44], [94, 44], [94, 46], [92, 44]]]
  it('draws a Polygon as one part and a MultiPolygon as several, and reads them back', () => {
    let next = 0
    const one = boundaryToDrawFeatures(dzungaria, () => `p${++next}`)
    expect(one.map((feature) => [feature.id, feature.properties.mode])).toEqual([['p1', 'polygon']])
    expect(boundaryFromSnapshot(one)).toEqual(dzungaria)
    const two = boundaryToDrawFeatures({ type: 'MultiPolygon', coordinates: [dzungaria.coordinates, second] }, () => `p${++next}`)
    expect(two).toHaveLength(2)
    expect(boundaryFromSnapshot(two)).toEqual({ type: 'MultiPolygon', coordinates: [dzungaria.coordinates, second] })
    expect(boundaryFromSnapshot([])).toBeNull()
  })

  it('opens on the outline, or around the place’s point', () => {
    expect(extentAround(dzungaria, null)).toEqual({ west: 76, south: 39, east: 94, north: 52 })
    expect(extentAround(null, [87.6, 43.8], 2)).toEqual({ west: 85.6, south: 41.8, east: 89.6, north: 45.8 })
    expect(extentAround(null, null)).toBeNull()
  })
})
