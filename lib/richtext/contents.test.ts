import { describe, expect, it } from 'vitest'

import { nestHeadings, type ContentsEntry } from './contents'
import { headings, type LexicalNode } from './walk'

const heading = (tag: string, text: string): LexicalNode => ({ type: 'heading', tag, children: [{ type: 'text', text }] })
const outline = (entries: ContentsEntry[]): unknown[] => entries.map((entry) => (entry.children.length ? [entry.text, outline(entry.children)] : entry.text))

describe('nestHeadings', () => {
  it('puts sub-sections under their section, in order', () => {
    const body = { root: { type: 'root', children: [heading('h2', 'Background'), heading('h3', 'The river forts'), heading('h3', 'Envoys'), heading('h2', 'The siege'), heading('h3', 'First assault'), heading('h4', 'Night sortie'), heading('h2', 'Aftermath')] } }
    expect(outline(nestHeadings(headings(body)))).toEqual([['Background', ['The river forts', 'Envoys']], ['The siege', [['First assault', ['Night sortie']]]], 'Aftermath'])
  })

  it('nests Chinese headings the same way and keeps their ids', () => {
    const body = { root: { type: 'root', children: [heading('h2', '背景'), heading('h3', '边境'), heading('h2', '战役')] } }
    const contents = nestHeadings(headings(body))
    expect(outline(contents)).toEqual([['背景', ['边境']], '战役'])
    expect(contents[0]!.children[0]!.level).toBe(3)
    expect(contents.map((entry) => entry.id)).toEqual(headings(body).filter((h) => h.level === 2).map((h) => h.id))
  })

  it('nests a skipped level once and keeps a text that starts below its top level flat at first', () => {
    expect(outline(nestHeadings([{ id: 'a', text: 'A', level: 2 }, { id: 'b', text: 'B', level: 4 }, { id: 'c', text: 'C', level: 3 }]))).toEqual([['A', ['B', 'C']]])
    expect(outline(nestHeadings([{ id: 'a', text: 'A', level: 3 }, { id: 'b', text: 'B', level: 2 }, { id: 'c', text: 'C', level: 3 }]))).toEqual(['A', ['B', ['C']]])
  })
})
