import { describe, expect, it } from 'vitest'

import type { LexicalNode } from '@/lib/richtext/walk'
import { citedWorkIds, replaceWork } from './works'

const cite = (work: unknown): LexicalNode => ({ type: 'inlineBlock', fields: { id: 'c', blockType: 'cite', citation: work } })
const body = (...children: LexicalNode[]) => ({
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: '康熙' }, ...children] },
      { type: 'block', fields: { blockType: 'primarySource', original: '…', citation: { id: 3, title: {} } } },
      { type: 'list', children: [{ type: 'listitem', children: [cite('9')] }] },
    ],
  },
})

describe('citedWorkIds', () => {
  it('lists inline citations and primary-source quotations, nested ones too, each once, in order', () => {
    expect(citedWorkIds(body(cite(7), cite(3), cite(null)))).toEqual(['7', '3', '9'])
    expect(citedWorkIds(null)).toEqual([])
  })
})

describe('replaceWork', () => {
  it('points every use of one work at another and leaves the given body untouched', () => {
    const before = body(cite(3), cite(7))
    const { state, replaced } = replaceWork(before, '3', 12)
    expect(replaced).toBe(2)
    expect(citedWorkIds(state)).toEqual(['12', '7', '9'])
    expect(citedWorkIds(before)).toEqual(['3', '7', '9'])
  })
})
