import { describe, expect, it } from 'vitest'

import { authorsOf, filterAnnotations, passageHighlights, passageSelection, quoteOfSelection, repliesInOrder, segmentHighlights, type ListedAnnotation, type ListedReply } from './display'
import { SelectionError } from './selectors'
import { nextStatuses } from './status'

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

describe('quoteOfSelection', () => {
  // Two segments of a source's raw text, with the Markdown between them that no segment shows.
  const raw = '# 伊犁条约\n\n1881年签订于圣彼得堡。The treaty returned most of Ili.'
  const heading = raw.indexOf('伊犁条约')
  const paragraph = raw.indexOf('1881')
  const spans = [
    { segmentId: 'h', start: heading, end: heading + 4 },
    { segmentId: 'p', start: paragraph, end: raw.length },
  ]
  it('places a selection within one segment in the whole text, with context across the boundary', () => {
    const quote = quoteOfSelection(raw, spans, { segmentId: 'p', start: 0, end: 5 })
    expect(quote).toMatchObject({ exact: '1881年', start: paragraph, end: paragraph + 5 })
    expect(quote.prefix).toBe('# 伊犁条约\n\n')
  })
  it('spans both segments of a selection that runs from one into the next, the text between them included', () => {
    const quote = quoteOfSelection(raw, spans, { segmentId: 'h', start: 2, endSegmentId: 'p', end: 5 })
    expect(quote.exact).toBe('条约\n\n1881年')
    expect(raw.slice(quote.start, quote.end)).toBe(quote.exact)
  })
  it('reads a selection made backwards the same way, and refuses a segment the text does not have', () => {
    expect(quoteOfSelection(raw, spans, { segmentId: 'p', start: 8, end: 5 }).exact).toBe('签订于')
    expect(() => quoteOfSelection(raw, spans, { segmentId: 'gone', start: 0, end: 2 })).toThrow(SelectionError)
  })
})

describe('a passage of a segment shown on its own', () => {
  // The second sentence of a Chinese segment, as the reconcile view's comparison shows it.
  const segment = '乾隆二十二年，清军进入伊犁。准噶尔部从此瓦解。'
  const passage = { segmentId: 'p3', start: segment.indexOf('准噶尔'), end: segment.length }
  it('marks the highlights that fall in it, in its own offsets, clipped to it', () => {
    const marks = [
      { id: 'inside', segmentId: 'p3', start: passage.start, end: passage.start + 3, className: 'question' },
      { id: 'across', segmentId: 'p3', start: segment.indexOf('伊犁'), end: passage.start + 2 },
      { id: 'before', segmentId: 'p3', start: 0, end: 6 },
      { id: 'elsewhere', segmentId: 'p4', start: passage.start, end: passage.end },
    ]
    const shown = passageHighlights(marks, passage)
    expect(shown).toEqual([
      { id: 'inside', segmentId: 'p3', start: 0, end: 3, className: 'question' },
      { id: 'across', segmentId: 'p3', start: 0, end: 2 },
    ])
    expect(segment.slice(passage.start).slice(shown[0]!.start, shown[0]!.end)).toBe('准噶尔')
  })
  it('puts a selection in it back in its segment, where the quote is read', () => {
    const spans = [{ segmentId: 'p3', start: 40, end: 40 + segment.length }]
    const raw = `${'x'.repeat(40)}${segment}`
    const selection = passageSelection(passage, { start: 0, end: 3 })
    expect(selection).toEqual({ segmentId: 'p3', start: passage.start, end: passage.start + 3 })
    expect(quoteOfSelection(raw, spans, selection).exact).toBe('准噶尔')
  })
})

describe('filterAnnotations', () => {
  it('keeps the kind and status asked for, in text order with orphaned ones last', () => {
    const list = [note({ id: 'o', start: 1, anchorState: 'orphaned' }), note({ id: 'late', start: 20 }), note({ id: 'early', start: 2 }), note({ id: 'q', motivation: 'questioning' }), note({ id: 'done', status: 'resolved' })]
    expect(filterAnnotations(list, { motivation: 'commenting', status: 'open' }).map((one) => one.id)).toEqual(['early', 'late', 'o'])
    expect(filterAnnotations(list, { motivation: '', status: 'resolved' }).map((one) => one.id)).toEqual(['done'])
  })
  it('keeps one author’s when asked, and lists each author once by name', () => {
    const list = [note({ id: 'h1', author: '7', authorName: 'Wang Li' }), note({ id: 'e1', author: '3', authorName: 'Anna', start: 1 }), note({ id: 'h2', author: '7', authorName: 'Wang Li', start: 9 }), note({ id: 'x', author: '9' })]
    expect(filterAnnotations(list, { motivation: '', status: '', author: '7' }).map((one) => one.id)).toEqual(['h1', 'h2'])
    expect(authorsOf(list)).toEqual([
      { id: '9', name: '#9' },
      { id: '3', name: 'Anna' },
      { id: '7', name: 'Wang Li' },
    ])
  })
})

describe('repliesInOrder', () => {
  const reply = (id: string, createdAt: string | null): ListedReply => ({ id, author: '1', authorName: null, createdAt, body: id })
  it('puts a thread oldest first whatever order it was stored in, keeping replies of the same moment as written', () => {
    const thread = [reply('third', '2026-12-02T10:00:00.000Z'), reply('first', '2026-12-01T09:00:00.000Z'), reply('second-a', '2026-12-01T12:00:00.000Z'), reply('second-b', '2026-12-01T12:00:00.000Z'), reply('untimed', null)]
    expect(repliesInOrder(thread).map((one) => one.id)).toEqual(['first', 'second-a', 'second-b', 'third', 'untimed'])
  })
})

describe('nextStatuses', () => {
  it('offers resolve or reject on an open annotation and only reopening on a decided one', () => {
    expect(nextStatuses('open')).toEqual(['resolved', 'rejected'])
    expect(nextStatuses('resolved')).toEqual(['open'])
    expect(nextStatuses('rejected')).toEqual(['open'])
  })
})

describe('the edges of ranges, passages and lists', () => {
  it('marks only the segments a range overlaps, not one it merely touches', () => {
    expect(segmentHighlights(note({ start: 5, end: 12 }), segments)).toEqual([{ id: '1', segmentId: 'a', start: 5, end: 10 }])
    expect(segmentHighlights(note({ start: 10, end: 15 }), segments)).toEqual([{ id: '1', segmentId: 'b', start: 0, end: 3 }])
  })

  it('leaves out of a passage the highlights that end where it starts or start where it ends', () => {
    const passage = { segmentId: 'p', start: 5, end: 9 }
    const marks = [
      { id: 'before', segmentId: 'p', start: 0, end: 5 },
      { id: 'after', segmentId: 'p', start: 9, end: 12 },
      { id: 'in', segmentId: 'p', start: 6, end: 8 },
    ]
    expect(passageHighlights(marks, passage).map((mark) => [mark.id, mark.start, mark.end])).toEqual([['in', 1, 3]])
    expect(passageSelection(passage, { start: 1, end: 3 })).toEqual({ segmentId: 'p', start: 6, end: 8 })
  })

  it('refuses a selection that ends in a segment the text does not have, saying so', () => {
    expect(() => quoteOfSelection('Kuldja and Ili', [{ segmentId: 'a', start: 0, end: 6 }], { segmentId: 'a', start: 0, endSegmentId: 'gone', end: 2 })).toThrow(
      'The selection is outside the text shown.',
    )
  })

  it('puts orphaned annotations last wherever they were listed, and lists no author for an annotation without one', () => {
    const list = [note({ id: 'late', start: 20 }), note({ id: 'o1', start: 1, anchorState: 'orphaned' }), note({ id: 'early', start: 2 }), note({ id: 'o2', start: 0, anchorState: 'orphaned' })]
    expect(filterAnnotations(list, { motivation: '', status: '' }).map((one) => one.id)).toEqual(['early', 'late', 'o2', 'o1'])
    expect(authorsOf([note({ id: 'anonymous' }), note({ id: 'h', author: '7', authorName: 'Wang Li' })])).toEqual([{ id: '7', name: 'Wang Li' }])
  })

  it('keeps replies of the same moment in the order they were written, however many', () => {
    const at = '2026-12-01T12:00:00.000Z'
    const thread = ['a', 'b', 'c', 'd'].map((id): ListedReply => ({ id, author: '1', authorName: null, createdAt: at, body: id }))
    expect(repliesInOrder(thread).map((one) => one.id)).toEqual(['a', 'b', 'c', 'd'])
  })
})

