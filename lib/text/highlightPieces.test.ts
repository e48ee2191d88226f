import { describe, expect, it } from 'vitest'

import { highlightPieces, highlightsBySegment, selectedRange } from './highlightPieces'

const mark = (id: string, start: number, end: number, segmentId = 's1') => ({ id, segmentId, start, end })

describe('highlightPieces', () => {
  it('leaves a text without highlights whole', () => {
    expect(highlightPieces('Ili was ceded.', [])).toEqual([{ start: 0, end: 14, text: 'Ili was ceded.', highlights: [] }])
  })

  it('cuts at each boundary and the pieces rebuild the text', () => {
    const text = 'In 1February 864 the army of 10 thousand marched.'
    const date = mark('date', 3, 16)
    const figure = mark('figure', 29, 40)
    const pieces = highlightPieces(text, [figure, date])
    expect(pieces.map((piece) => piece.text).join('')).toBe(text)
    expect(pieces.filter((piece) => piece.highlights.length).map((piece) => [piece.text, piece.highlights.map((h) => h.id)])).toEqual([
      ['1February 864', ['date']],
      ['10 thousand', ['figure']],
    ])
  })

  it('marks the overlap of two highlights with both', () => {
    const pieces = highlightPieces('Agubai Beg', [mark('a', 0, 6), mark('b', 3, 10)])
    expect(pieces.map((piece) => [piece.text, piece.highlights.map((h) => h.id).join('+')])).toEqual([
      ['Agu', 'a'],
      ['bai', 'a+b'],
      [' Beg', 'b'],
    ])
  })

  it('clips ranges past the end and drops empty ones', () => {
    const pieces = highlightPieces('伊犁将军', [mark('past', 2, 99), mark('empty', 1, 1)])
    expect(pieces.map((piece) => [piece.text, piece.highlights.length])).toEqual([
      ['伊犁', 0],
      ['将军', 1],
    ])
  })
})

describe('highlightsBySegment', () => {
  it('groups by segment id', () => {
    const grouped = highlightsBySegment([mark('a', 0, 1, 's1'), mark('b', 0, 1, 's2'), mark('c', 2, 3, 's1')])
    expect([...grouped.entries()].map(([id, list]) => [id, list.map((h) => h.id)])).toEqual([
      ['s1', ['a', 'c']],
      ['s2', ['b']],
    ])
  })
})

describe('selectedRange', () => {
  it('quotes the selection with its context, whichever way it was made', () => {
    const text = 'The treaty ceded some 440,000 square kilometres to Russia.'
    expect(selectedRange('p3', text, 29, 22)).toEqual({ segmentId: 'p3', start: 22, end: 29, exact: '440,000', prefix: 'The treaty ceded some ', suffix: ' square kilometres to Russia.' })
  })

  it('is nothing for an empty selection', () => {
    expect(selectedRange('p3', 'text', 2, 2)).toBeNull()
  })
})
