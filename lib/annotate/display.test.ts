import { describe, expect, it } from 'vitest'

import { filterAnnotations, segmentHighlights, type ListedAnnotation } from './display'

const segments = [
  { segmentId: 'a', start: 0, end: 10 },
  { segmentId: 'b', start: 12, end: 30 },
]
const note = (over: Partial<ListedAnnotation>): ListedAnnotation => ({ id: '1', exact: 'x', start: 5, end: 15, motivation: 'commenting', status: 'open', body: 'n', anchorState: 'exact', ...over })

describe('segmentHighlights', () => {
  it('cuts a range across two segments into one highlight in each, in segment offsets', () => {
    expect(segmentHighlights(note({}), segments)).toEqual([
      { id: '1', segmentId: 'a', start: 5, end: 10 },
      { id: '1', segmentId: 'b', start: 0, end: 3 },
    ])
  })
  it('marks nothing for an orphaned annotation', () => {
    expect(segmentHighlights(note({ anchorState: 'orphaned' }), segments)).toEqual([])
  })
})

describe('filterAnnotations', () => {
  it('keeps the kind and status asked for, in text order with orphaned ones last', () => {
    const list = [note({ id: 'o', start: 1, anchorState: 'orphaned' }), note({ id: 'late', start: 20 }), note({ id: 'early', start: 2 }), note({ id: 'q', motivation: 'questioning' }), note({ id: 'done', status: 'resolved' })]
    expect(filterAnnotations(list, { motivation: 'commenting', status: 'open' }).map((one) => one.id)).toEqual(['early', 'late', 'o'])
    expect(filterAnnotations(list, { motivation: '', status: 'resolved' }).map((one) => one.id)).toEqual(['done'])
  })
})
