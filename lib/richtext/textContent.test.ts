import { describe, expect, it } from 'vitest'

import { textContent } from './textContent'
import type { LexicalNode } from './walk'

const text = (value: string): LexicalNode => ({ type: 'text', text: value })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })

describe('textContent', () => {
  it('separates blocks by a blank line and keeps inline links and line breaks in their line', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [text('Albazin')] },
          paragraph(text('The fort on the '), { type: 'link', fields: { url: '/x' }, children: [text('Amur')] }, text(' fell.'), { type: 'linebreak' }, text('Again.')),
          { type: 'list', children: [{ type: 'listitem', children: [text('一')] }, { type: 'listitem', children: [text('二')] }] },
        ],
      },
    }
    expect(textContent(state)).toBe('Albazin\n\nThe fort on the Amur fell.\nAgain.\n\n一\n\n二')
  })

  it('leaves inline citations out and reads an empty document as empty', () => {
    const state = { root: { type: 'root', children: [paragraph(text('围困'), { type: 'inlineBlock', fields: { blockType: 'cite' } }, text('一年'))] } }
    expect(textContent(state)).toBe('围困一年')
    expect(textContent(null)).toBe('')
  })
})
