import { createHeadlessEditor } from '@lexical/headless'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { DecoratorNode, type SerializedLexicalNode, type Spread } from 'lexical'
import { describe, expect, it } from 'vitest'

import { toLexical } from './lexical'
import { loadSeed } from './testing'
import type { BodyNode } from './transform/types'

type SerializedInlineBlock = Spread<{ fields: Record<string, unknown> }, SerializedLexicalNode>

/** Stands in for Payload's inline block node: same type name, same JSON, no React. */
class InlineBlockNode extends DecoratorNode<null> {
  __fields: Record<string, unknown>

  constructor(fields: Record<string, unknown>, key?: string) {
    super(key)
    this.__fields = fields
  }

  static getType() {
    return 'inlineBlock'
  }

  static clone(node: InlineBlockNode) {
    return new InlineBlockNode(node.__fields, node.__key)
  }

  static importJSON(serialized: SerializedInlineBlock) {
    return new InlineBlockNode(serialized.fields)
  }

  exportJSON(): SerializedInlineBlock {
    return { type: 'inlineBlock', version: 1, fields: this.__fields }
  }

  createDOM(): HTMLElement {
    throw new Error('not rendered in tests')
  }

  updateDOM() {
    return false
  }

  decorate() {
    return null
  }

  isInline() {
    return true
  }
}

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
