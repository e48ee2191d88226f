import { describe, expect, it } from 'vitest'

import type { LexicalNode } from '@/lib/richtext/walk'
import { countNeeds, passagesOf } from './passages'
import { filterQueue, PassageCache, sourcingQueue, type ArticleDraft, type SourceRecord } from './queue'

const text = (t: string): LexicalNode => ({ type: 'text', text: t })
const cite = (work: unknown): LexicalNode => ({ type: 'inlineBlock', fields: { id: `c${String(work)}`, blockType: 'cite', citation: work } })
const needed = (reason?: string): LexicalNode => ({ type: 'inlineBlock', fields: { id: 'n', blockType: 'citationNeeded', reason } })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const body = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

const article = (bodies: ArticleDraft['bodies'], extra: Partial<ArticleDraft> = {}): ArticleDraft => ({
  id: 'a1',
  title: { en: 'Siege of Albazin', zh: '雅克萨之战' },
  updatedAt: '2026-11-30T10:00:00.000Z',
  bodies,
  sourceIds: [],
  ...extra,
})

describe('passagesOf', () => {
  it('reads paragraphs, quotations and each list item with the works they cite and the block they sit in', () => {
    const passages = passagesOf(
      body(
        { type: 'heading', tag: 'h2', children: [text('Background')] },
        paragraph(text('The fort fell in 1685.'), cite(7)),
        { type: 'list', children: [{ type: 'listitem', children: [text('One'), cite(null)] }, { type: 'listitem', children: [text('Two')] }] },
      ),
    )
    expect(passages.map(({ block, kind, text, works, emptyCites }) => ({ block, kind, text, works, emptyCites }))).toEqual([
      { block: 0, kind: 'heading', text: 'Background', works: [], emptyCites: 0 },
      { block: 1, kind: 'paragraph', text: 'The fort fell in 1685.', works: ['7'], emptyCites: 0 },
      { block: 2, kind: 'listitem', text: 'One', works: [], emptyCites: 1 },
      { block: 2, kind: 'listitem', text: 'Two', works: [], emptyCites: 0 },
    ])
  })
})

describe('sourcingQueue', () => {
  it('lists each uncited paragraph, each citation-needed claim and each citation without a work, per locale', () => {
    const rows = sourcingQueue({
      articles: [
        article({
          en: body(paragraph(text('Cited.'), cite(1)), paragraph(text('Nobody says where this comes from.')), paragraph(text('Tolbuzin died. The garrison held out.'), needed('figures'))),
          zh: body(paragraph(text('清军围城。'), cite(null)), paragraph(text('没有出处的段落。'))),
        }),
      ],
      sources: [],
    })
    expect(rows.map(({ kind, text, locale, article }) => ({ kind, text, locale, block: article?.block }))).toEqual([
      { kind: 'uncited-paragraph', text: 'Nobody says where this comes from.', locale: 'en', block: 1 },
      { kind: 'citation-needed', text: 'The garrison held out. — figures', locale: 'en', block: 2 },
      { kind: 'dangling-citation', text: '清军围城。', locale: 'zh', block: 0 },
      { kind: 'uncited-paragraph', text: '没有出处的段落。', locale: 'zh', block: 1 },
    ])
    expect(rows.every((row) => row.since === '2026-11-30T10:00:00.000Z' && row.article?.title === (row.locale === 'zh' ? '雅克萨之战' : 'Siege of Albazin'))).toBe(true)
  })

  it('leaves a passage out the moment it is cited', () => {
    const before = sourcingQueue({ articles: [article({ en: body(paragraph(text('A claim.'))) })], sources: [] })
    const after = sourcingQueue({ articles: [article({ en: body(paragraph(text('A claim.'), cite('w1'))) })], sources: [] })
    expect(before).toHaveLength(1)
    expect(after).toEqual([])
  })

  it('counts a citation of a deleted work as dangling, not as a source', () => {
    const rows = sourcingQueue({ articles: [article({ en: body(paragraph(text('A claim.'), cite('gone'))) })], sources: [], workExists: (id) => id !== 'gone' })
    expect(rows.map((row) => row.kind)).toEqual(['dangling-citation'])
  })

  const source = (flags: SourceRecord['flags']): SourceRecord => ({
    id: 's1',
    title: 'Imported chronicle',
    language: 'en',
    createdAt: '2026-11-01T00:00:00.000Z',
    segments: [
      { segmentId: 'p1', kind: 'paragraph', text: 'The [Amur](https://example.org/amur) valley was contested.\\[3\\]' },
      { segmentId: 'p2', kind: 'paragraph', text: 'A passage the editor later rewrote entirely.' },
      { segmentId: 'n3', kind: 'note', text: '' },
    ],
    flags,
  })

  it('resolves an importer flag once its passage is cited in the article drafted from it, and keeps one row while it is not', () => {
    const flags = [{ kind: 'unsourced-paragraph', segmentId: 'p1', marker: null, resolved: false }]
    const uncited = sourcingQueue({ articles: [article({ en: body(paragraph(text('The Amur valley was contested.'))) }, { sourceIds: ['s1'] })], sources: [source(flags)] })
    expect(uncited.map((row) => [row.kind, row.article ? 'article' : 'source'])).toEqual([['uncited-paragraph', 'article']])
    const cited = sourcingQueue({ articles: [article({ en: body(paragraph(text('The Amur valley was contested.'), cite(4))) }, { sourceIds: ['s1'] })], sources: [source(flags)] })
    expect(cited).toEqual([])
  })

  it('shows a flag whose passage the article does not hold as the source’s row, with the words, not the segment id', () => {
    const rows = sourcingQueue({
      articles: [article({ en: body(paragraph(text('Other words.'), cite(1))) }, { sourceIds: ['s1'] })],
      sources: [
        source([
          { kind: 'unsourced-paragraph', segmentId: 'p2', marker: null, resolved: false },
          { kind: 'empty-note', segmentId: 'n3', marker: '[3]', resolved: false },
          { kind: 'date-mismatch', segmentId: 'p2', marker: null, resolved: false },
          { kind: 'citation-needed', segmentId: 'p2', marker: null, resolved: true },
        ]),
      ],
    })
    expect(rows.map(({ kind, text, since, source }) => ({ kind, text, since, segment: source?.segmentId }))).toEqual([
      { kind: 'uncited-paragraph', text: 'A passage the editor later rewrote entirely.', since: '2026-11-01T00:00:00.000Z', segment: 'p2' },
      { kind: 'empty-note', text: 'The Amur valley was contested.[3]', since: '2026-11-01T00:00:00.000Z', segment: 'n3' },
    ])
  })

  it('filters by article, locale and kind, oldest first', () => {
    const rows = sourcingQueue({
      articles: [
        article({ en: body(paragraph(text('Old.'))) }, { id: 'a1', updatedAt: '2026-01-01T00:00:00.000Z' }),
        article({ en: body(paragraph(text('New.'))), zh: body(paragraph(text('新的。'), needed())) }, { id: 'a2', updatedAt: '2026-06-01T00:00:00.000Z' }),
      ],
      sources: [],
    })
    expect(filterQueue(rows, {}).map((row) => row.text)).toEqual(['Old.', 'New.', '新的。'])
    expect(filterQueue(rows, { article: 'a2', locale: 'zh' }).map((row) => row.kind)).toEqual(['citation-needed'])
    expect(filterQueue(rows, { kind: 'uncited-paragraph', locale: 'en' }).map((row) => row.text)).toEqual(['Old.', 'New.'])
  })
})

describe('countNeeds', () => {
  it('counts what a body still needs', () => {
    expect(countNeeds(body(paragraph(text('a')), paragraph(text('b'), cite(1)), paragraph(text('c'), cite(2), needed())))).toBe(2)
    expect(countNeeds(null)).toBe(0)
  })
})

describe('PassageCache', () => {
  it('reads a draft again only once it is saved again, keeps nothing of a deleted article, and gives the queue the same rows', () => {
    const cache = new PassageCache()
    const first = article({ en: body(paragraph(text('The fort fell in 1685.'))), zh: body(paragraph(text('雅克萨城于1685年陷落。'))) })
    const second = article({ en: body(paragraph(text('The envoys met at Nerchinsk.'), cite(3))) }, { id: 'a2' })
    const read = cache.read([first, second])
    expect(read.get('a1\u0000zh')?.map((passage) => passage.text)).toEqual(['雅克萨城于1685年陷落。'])
    expect(cache.read([first, second]).get('a1\u0000en')).toBe(read.get('a1\u0000en'))

    const saved = { ...first, updatedAt: '2026-12-01T09:00:00.000Z', bodies: { ...first.bodies, en: body(paragraph(text('The fort fell in 1686.'))) } }
    const again = cache.read([saved, second])
    expect(again.get('a1\u0000en')?.map((passage) => passage.text)).toEqual(['The fort fell in 1686.'])
    expect(again.get('a2\u0000en')).toBe(read.get('a2\u0000en'))
    expect(sourcingQueue({ articles: [saved, second], sources: [], passages: again })).toEqual(sourcingQueue({ articles: [saved, second], sources: [] }))

    expect([...cache.read([second]).keys()]).toEqual(['a2\u0000en'])
    // A deleted article's passages are not kept: reading it once more reads its body again.
    expect(cache.read([saved, second]).get('a1\u0000en')).not.toBe(again.get('a1\u0000en'))
  })
})
