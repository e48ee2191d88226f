import { describe, expect, it } from 'vitest'

import { completeExtent, extentOfBox, fromDrawSnapshot, toDrawFeatures } from './editorFeatures'
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
