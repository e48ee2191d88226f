import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { gazetteerLookup, gazetteerProblems, type Gazetteer } from './gazetteer'

const shipped = JSON.parse(readFileSync(path.join(process.cwd(), 'geo', 'places.json'), 'utf8')) as Gazetteer
const fold = (name: string) => name.trim().toLowerCase()

describe('the gazetteer', () => {
  it('ships coordinates in range, each with a precision and a source, and outlines only for regions', () => {
    expect(gazetteerProblems(shipped)).toEqual([])
  })

  it('finds a place by any of its names, as the key folds them, and knows nothing of an unknown name', () => {
    const lookup = gazetteerLookup(
      { about: '', places: [{ names: ['Test Fort', '测试堡'], latitude: 50, longitude: 120, precision: 'exact', source: 'test' }] },
      fold,
    )
    expect(lookup(['nowhere', '  test fort '])).toMatchObject({ latitude: 50 })
    expect(lookup(['测试堡'])?.longitude).toBe(120)
    expect(lookup(['Nowhere'])).toBeUndefined()
  })

  it('refuses a name given to two places', () => {
    const twice: Gazetteer = {
      about: '',
      places: [
        { names: ['Twin'], latitude: 1, longitude: 1, precision: 'exact', source: 's' },
        { names: ['twin'], latitude: 2, longitude: 2, precision: 'exact', source: 's' },
      ],
    }
    expect(() => gazetteerLookup(twice, fold)).toThrow(/"twin" is given to two places/)
  })

  it('reports a coordinate out of range, an unknown precision and an outline on a town', () => {
    const bad = {
      about: '',
      places: [{ names: ['Bad'], latitude: 95, longitude: 10, precision: 'roughly', source: '', boundary: { type: 'Polygon', coordinates: [] } }],
    } as unknown as Gazetteer
    expect(gazetteerProblems(bad)).toEqual(['Bad: coordinates out of range', 'Bad: unknown precision roughly', 'Bad: no source', 'Bad: only a region carries a boundary'])
  })
})
