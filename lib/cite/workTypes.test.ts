import { describe, expect, it } from 'vitest'

import { missingFields, requiredFor, typeHasField, WORK_TYPES } from './workTypes'

describe('fields by CSL type', () => {
  it('shows a manuscript its repository and call number, and a book neither', () => {
    expect(typeHasField('manuscript', 'archive')).toBe(true)
    expect(typeHasField('manuscript', 'archiveLocation')).toBe(true)
    expect(typeHasField('book', 'archive')).toBe(false)
    expect(typeHasField('book', 'isbn')).toBe(true)
    expect(typeHasField('article-journal', 'isbn')).toBe(false)
    expect(typeHasField('article-journal', 'issue')).toBe(true)
    expect(typeHasField('map', 'scale')).toBe(true)
  })

  it('shows every field for a type it does not know, so nothing stored is hidden', () => {
    expect(typeHasField('legal_case', 'archive')).toBe(true)
    expect(typeHasField(undefined, 'isbn')).toBe(true)
  })

  it('gives every type the issue lists a set of fields', () => {
    for (const type of ['book', 'chapter', 'article-journal', 'thesis', 'manuscript', 'map', 'webpage', 'dataset']) expect(WORK_TYPES).toContain(type)
  })
})

describe('required fields per type', () => {
  it('asks a chapter and a journal article for their container, a thesis for its institution, a manuscript for its repository', () => {
    expect(missingFields({ type: 'chapter' })).toEqual(['containerTitle'])
    expect(missingFields({ type: 'chapter', containerTitle: 'The Cambridge History of China' })).toEqual([])
    expect(missingFields({ type: 'article-journal', containerTitle: '  ' })).toEqual(['containerTitle'])
    expect(missingFields({ type: 'thesis' })).toEqual(['publisher'])
    expect(missingFields({ type: 'manuscript', archive: '中国第一历史档案馆' })).toEqual([])
    expect(missingFields({ type: 'manuscript' })).toEqual(['archive'])
  })

  it('asks a web page for its URL and a dataset for a URL or a DOI', () => {
    expect(missingFields({ type: 'webpage' })).toEqual(['url'])
    expect(missingFields({ type: 'dataset' })).toEqual(['url', 'doi'])
    expect(missingFields({ type: 'dataset', doi: '10.7910/DVN/XYZ123' })).toEqual([])
    expect(missingFields({ type: 'dataset', url: 'https://example.org/data' })).toEqual([])
  })

  it('asks a book for nothing beyond its title', () => {
    expect(missingFields({ type: 'book' })).toEqual([])
    expect(requiredFor('book', 'publisher')).toBe(false)
    expect(requiredFor('thesis', 'publisher')).toBe(true)
  })
})
