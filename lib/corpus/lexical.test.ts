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
})
