import { describe, expect, it } from 'vitest'

import { citeUses, headings, linkAddresses, type LexicalNode } from './walk'

const text = (t: string): LexicalNode => ({ type: 'text', text: t })
const cite = (id: string, citation: unknown, locator?: string): LexicalNode => ({ type: 'inlineBlock', fields: { id, blockType: 'cite', citation, locator, locatorType: 'page' } })
const state = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

describe('citeUses', () => {
  it('lists inline citations in reading order, with populated or bare relationships', () => {
    const doc = state(
      { type: 'heading', tag: 'h2', children: [text('Albazin')] },
      { type: 'paragraph', children: [text('Siege.'), cite('b1', { id: 7, title: {} }, '45'), text(' More.'), { type: 'inlineBlock', fields: { id: 'n1', blockType: 'citationNeeded' } }] },
      { type: 'list', children: [{ type: 'listitem', children: [text('x'), cite('b2', 'abc', ' ')] }] },
    )
    expect(citeUses(doc)).toEqual([
      { blockId: 'b1', citationKey: '7', locator: '45', locatorType: 'page', quote: null, work: { id: 7, title: {} } },
      { blockId: 'b2', citationKey: 'abc', locator: null, locatorType: 'page', quote: null, work: 'abc' },
    ])
  })
  it('counts a primary-source quotation’s work where the quotation stands, with its locator, not its words as a quote', () => {
    const quotation: LexicalNode = { type: 'block', fields: { id: 'q1', blockType: 'primarySource', original: '臣等查得伊犁地方', citation: 12, locator: '3r', locatorType: 'folio' } }
    const doc = state({ type: 'paragraph', children: [text('Before.'), cite('b1', 7, '45')] }, quotation, { type: 'paragraph', children: [text('After.'), cite('b2', 7, '46')] })
    expect(citeUses(doc).map(({ blockId, citationKey, locator, locatorType, quote }) => ({ blockId, citationKey, locator, locatorType, quote }))).toEqual([
      { blockId: 'b1', citationKey: '7', locator: '45', locatorType: 'page', quote: null },
      { blockId: 'q1', citationKey: '12', locator: '3r', locatorType: 'folio', quote: null },
      { blockId: 'b2', citationKey: '7', locator: '46', locatorType: 'page', quote: null },
    ])
    // A quotation with no work chosen is no use of one.
    expect(citeUses(state({ type: 'block', fields: { id: 'q2', blockType: 'primarySource', original: '…' } }))).toEqual([])
  })
  it('skips a cite whose work was removed', () => {
    expect(citeUses(state({ type: 'paragraph', children: [cite('b1', null)] }))).toEqual([])
    expect(citeUses(null)).toEqual([])
  })
})

describe('headings', () => {
  it('gives each heading a unique id, Chinese in pinyin', () => {
    const doc = state(
      { type: 'heading', tag: 'h2', children: [text('Background')] },
      { type: 'heading', tag: 'h3', children: [text('Background')] },
      { type: 'heading', tag: 'h2', children: [text('战争经过')] },
    )
    expect(headings(doc)).toEqual([
      { id: 'background', text: 'Background', level: 2 },
      { id: 'background-2', text: 'Background', level: 3 },
      { id: 'zhan-zheng-jing-guo', text: '战争经过', level: 2 },
    ])
  })
})

describe('linkAddresses', () => {
  it('finds custom links and autolinks at any depth, not internal links to documents', () => {
    const link = (url: string, label: string, linkType = 'custom'): LexicalNode => ({ type: 'link', fields: { linkType, url }, children: [text(label)] })
    const doc = state(
      { type: 'paragraph', children: [link('https://example.com', 'Example'), { type: 'autolink', fields: { url: 'javascript:x' }, children: [text('伊犁')] }] },
      { type: 'list', children: [{ type: 'listitem', children: [link('data:text/html,x', 'deep')] }] },
      { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'places', value: 1 } }, children: [text('Ili')] }] },
    )
    expect(linkAddresses(doc)).toEqual([
      { text: 'Example', url: 'https://example.com' },
      { text: '伊犁', url: 'javascript:x' },
      { text: 'deep', url: 'data:text/html,x' },
    ])
    expect(linkAddresses(undefined)).toEqual([])
  })
})
