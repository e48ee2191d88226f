import { describe, expect, it } from 'vitest'

import { blockTexts } from './paragraphs'

const text = (value: string) => ({ type: 'text', text: value })
const cite = { type: 'inlineBlock', fields: { blockType: 'cite', id: 'c1', citation: 1 } }

describe('blockTexts', () => {
  it('reads each paragraph, heading, quotation and list item in order, without citations', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [text('Background')] },
          { type: 'paragraph', children: [text('The envoy left '), text('in 1879.'), cite] },
          { type: 'list', children: [{ type: 'listitem', children: [text('First')] }, { type: 'listitem', children: [text('Second')] }] },
          { type: 'paragraph', children: [cite] },
          { type: 'quote', children: [text('伊犁')] },
        ],
      },
    }
    expect(blockTexts(state)).toEqual(['Background', 'The envoy left in 1879.', 'First', 'Second', '伊犁'])
  })

  it('reads nothing from an empty or missing text', () => {
    expect(blockTexts(null)).toEqual([])
    expect(blockTexts({ root: { type: 'root', children: [] } })).toEqual([])
  })
})
