import { describe, expect, it } from 'vitest'

import { replaceInBlock, textBlocks } from './blocks'
import type { LexicalNode } from './walk'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format } as LexicalNode)
const cite: LexicalNode = { type: 'inlineBlock', fields: { id: 'c1', blockType: 'cite' } }
const state = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

const body = state(
  { type: 'heading', tag: 'h2', children: [text('History')] },
  { type: 'paragraph', children: [text('In 1February '), text('864', 1), text(' the walls fell.'), cite] },
  { type: 'list', children: [{ type: 'listitem', children: [text('First item'), { type: 'list', children: [{ type: 'listitem', children: [text('Nested item')] }] }] }] },
  { type: 'paragraph', children: [text('Before'), { type: 'linebreak' }, text('after')] },
)

describe('textBlocks', () => {
  it('gives each paragraph, heading and list item its own text, citations left out, nested items apart', () => {
    expect(textBlocks(body).map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'History'],
      ['paragraph', 'In 1February 864 the walls fell.'],
      ['listitem', 'First item'],
      ['listitem', 'Nested item'],
      ['paragraph', 'Before\nafter'],
    ])
  })

  it('reads nothing from an empty state', () => {
    expect(textBlocks(null)).toEqual([])
  })
})

describe('replaceInBlock', () => {
  it('replaces a range across text nodes, keeping the first node formatting and the rest of the tree', () => {
    const paragraph = textBlocks(body)[1]!
    const start = paragraph.text.indexOf('1February 864')
    const replaced = replaceInBlock(body, paragraph.path, start, start + '1February 864'.length, 'February 1864')!
    expect(textBlocks(replaced)[1]!.text).toBe('In February 1864 the walls fell.')
    expect(replaced.root.children[1]!.children!.at(-1)).toEqual(cite)
    // The original is untouched.
    expect(textBlocks(body)[1]!.text).toBe('In 1February 864 the walls fell.')
  })

  it('replaces inside a nested list item', () => {
    const nested = textBlocks(body)[3]!
    expect(textBlocks(replaceInBlock(body, nested.path, 0, 6, 'Second')!)[3]!.text).toBe('Second item')
  })

  it('refuses a range that crosses a line break', () => {
    const broken = textBlocks(body)[4]!
    expect(replaceInBlock(body, broken.path, 3, 9, 'x')).toBeNull()
  })
})
