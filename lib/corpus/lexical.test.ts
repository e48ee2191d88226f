import { createHeadlessEditor } from '@lexical/headless'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { describe, expect, it } from 'vitest'

import { InlineBlockNode } from '@/lib/richtext/lexicalNodes.testing'
import { toLexical } from './lexical'
import { loadSeed } from './testing'
import type { BodyNode } from './transform/types'

const body: BodyNode[] = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Siege' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'The fort fell.' },
      { type: 'cite', citationKey: 'isbn:9780198200000', locator: { locatorType: 'page', locator: '12' }, quote: null },
      { type: 'text', text: ' Later it was rebuilt.' },
      { type: 'citationNeeded' },
    ],
  },
  { type: 'list', ordered: false, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
  { type: 'quote', children: [{ type: 'text', text: 'Behold!' }] },
]

describe('toLexical', () => {
  it('produces an editor state Lexical parses and exports back unchanged', () => {
    const state = toLexical(body, (key) => (key === 'isbn:9780198200000' ? 42 : -1))
    const editor = createHeadlessEditor({ nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, InlineBlockNode], onError: (error) => { throw error } })
    const parsed = editor.parseEditorState(JSON.stringify(state))
    expect(parsed.toJSON()).toEqual(state)
  })

  it('writes cite and citationNeeded inline blocks with resolved ids and stable block ids', () => {
    const state = toLexical(body, () => 42)
    const paragraph = state.root.children[1]
    expect(paragraph?.type).toBe('paragraph')
    const blocks = paragraph && 'children' in paragraph ? paragraph.children.filter((child) => child.type === 'inlineBlock') : []
    expect(blocks.map((block) => block.type === 'inlineBlock' && block.fields.blockType)).toEqual(['cite', 'citationNeeded'])
    expect(blocks[0]).toMatchObject({ fields: { citation: 42, locatorType: 'page', locator: '12' } })
    expect(JSON.stringify(toLexical(body, () => 42))).toBe(JSON.stringify(state))
  })

  it('converts a whole seed article', () => {
    const { plan } = loadSeed('002_9f85a370ea37b4d0')
    const ids = new Map(plan.citations.map((citation, index) => [citation.key, index + 1]))
    const state = toLexical(plan.article.body, (key) => ids.get(key) ?? 0)
    const editor = createHeadlessEditor({ nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, InlineBlockNode], onError: (error) => { throw error } })
    expect(editor.parseEditorState(JSON.stringify(state)).toJSON()).toEqual(state)
    const cites = JSON.stringify(state).match(/"blockType":"cite"/g) ?? []
    expect(cites.length).toBe(plan.citeUses.filter((use) => use.citationKey && plan.source.segments.find((segment) => segment.segmentId === use.segmentId)?.kind !== 'infobox').length)
  })

  it('writes ordered lists numbered from one, clamps heading levels to h2–h6, and a cite without locator as page with no number, its quote kept', () => {
    const cite = (quote: null | string) => ({ type: 'cite' as const, citationKey: 'k', locator: null, quote })
    const state = toLexical(
      [
        { type: 'heading', level: 1, children: [{ type: 'text', text: 'Top' }] },
        { type: 'heading', level: 8, children: [{ type: 'text', text: 'Deep' }] },
        { type: 'list', ordered: true, items: [[cite('“The fort fell”')], [cite(null)]] },
      ],
      () => 'citation-id',
    )
    const [top, deep, list] = state.root.children
    expect([top, deep].map((heading) => heading?.type === 'heading' && heading.tag)).toEqual(['h2', 'h6'])
    expect(list).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 1 })
    const items = list?.type === 'list' ? list.children : []
    expect(items.map((item) => item.value)).toEqual([1, 2])
    const fields = items.map((item) => (item.children[0]?.type === 'inlineBlock' ? item.children[0].fields : null))
    expect(fields.map((field) => field && { ...field, id: undefined })).toEqual([
      { id: undefined, blockName: '', blockType: 'cite', citation: 'citation-id', locatorType: 'page', locator: '', quote: '“The fort fell”' },
      { id: undefined, blockName: '', blockType: 'cite', citation: 'citation-id', locatorType: 'page', locator: '' },
    ])
  })

  it('gives every inline block an id of its own, the same on every conversion', () => {
    const needed = { type: 'citationNeeded' as const }
    const twoLists: BodyNode[] = [
      { type: 'paragraph', children: [needed, needed] },
      { type: 'list', ordered: false, items: [[needed], [needed]] },
      { type: 'list', ordered: false, items: [[needed], [needed]] },
    ]
    const ids = JSON.stringify(toLexical(twoLists, () => 1)).match(/"id":"[^"]*"/g) ?? []
    expect(ids).toHaveLength(6)
    expect(new Set(ids).size).toBe(6)
    expect(ids.every((id) => /^"id":"[0-9a-f]{24}"$/.test(id))).toBe(true)
    expect(JSON.stringify(toLexical(twoLists, () => 1)).match(/"id":"[^"]*"/g)).toEqual(ids)
  })
})
