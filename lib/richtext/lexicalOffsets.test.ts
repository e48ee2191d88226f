import { createHeadlessEditor } from '@lexical/headless'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { $getRoot, type LexicalEditor, type TextNode } from 'lexical'
import { describe, expect, it } from 'vitest'

import { $liveTextLayout, $rangeOffsets, textPointAt } from './lexicalOffsets'
import { InlineBlockNode, LinkNode } from './lexicalNodes.testing'
import { textContent } from './textContent'
import type { LexicalNode } from './walk'

const text = (value: string): LexicalNode => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 } as LexicalNode)
const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra } as LexicalNode)

/** A body of each shape an article has: heading, a link, an inline citation chip, a line break, a list, Chinese and mixed script. */
const saved = {
  root: element('root', [
    element('heading', [text('Albazin 雅克萨')], { tag: 'h2' }),
    element('paragraph', [
      text('The fort on the '),
      element('link', [text('Amur')], { fields: { url: 'https://example.org', linkType: 'custom' } }),
      text(' fell in 1686'),
      { type: 'inlineBlock', version: 1, fields: { id: 'c1', blockType: 'cite', citation: 7 } } as LexicalNode,
      text('; 清军十万人 besieged it.'),
      { type: 'linebreak', version: 1 } as LexicalNode,
      text('Again.'),
    ], { textFormat: 0, textStyle: '' }),
    element('list', [element('listitem', [text('第一次围困')], { value: 1 }), element('listitem', [text('第二次')], { value: 2 })], { listType: 'bullet', start: 1, tag: 'ul' }),
    element('paragraph', [text('Nerchinsk, 尼布楚.')], { textFormat: 0, textStyle: '' }),
  ]),
}
const serverText = textContent(saved as never)

function openEditor(): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, InlineBlockNode, LinkNode], onError: (error) => { throw error } })
  editor.setEditorState(editor.parseEditorState(JSON.stringify(saved)))
  return editor
}

/** A selection point where a person would put it: in the editor's text node that shows `words`, `at` characters into them. */
const pointIn = (words: string, at = 0) => {
  const node = $getRoot().getAllTextNodes().find((one: TextNode) => one.getTextContent().includes(words))
  if (!node) throw new Error(`no text node shows "${words}"`)
  return { key: node.getKey(), offset: node.getTextContent().indexOf(words) + at, type: 'text' as const }
}

const serverRange = (from: string, to: string) => ({ start: serverText.indexOf(from), end: serverText.indexOf(to) + to.length })

describe('offsets of a selection in the editor', () => {
  const editor = openEditor()

  it('the editor reads the same plain text the server counts in', () => {
    expect(editor.read(() => $liveTextLayout().text)).toBe(serverText)
    expect(serverText).toContain('1686; 清军十万人')
  })

  it('are the offsets the server gives for that text: within a paragraph, across a link and an inline citation chip, in Chinese', () => {
    const range = editor.read(() => $rangeOffsets($liveTextLayout(), pointIn('fort'), pointIn('十万', 2)))
    expect(range).toEqual(serverRange('fort', '十万'))
    expect(serverText.slice(range.start, range.end)).toBe('fort on the Amur fell in 1686; 清军十万')
  })

  it('across paragraphs, a list and a line break, selected backwards as well as forwards', () => {
    const forwards = editor.read(() => $rangeOffsets($liveTextLayout(), pointIn('雅克萨'), pointIn('尼布楚', 3)))
    const backwards = editor.read(() => $rangeOffsets($liveTextLayout(), pointIn('尼布楚', 3), pointIn('雅克萨')))
    expect(forwards).toEqual(serverRange('雅克萨', '尼布楚'))
    expect(backwards).toEqual(forwards)
    expect(serverText.slice(forwards.start, forwards.end)).toContain('Again.\n\n第一次围困\n\n第二次\n\nNerchinsk')
  })

  it('from points between an element’s children, as select-all gives', () => {
    const all = editor.read(() => {
      const root = $getRoot()
      return $rangeOffsets($liveTextLayout(), { key: root.getKey(), offset: 0, type: 'element' }, { key: root.getKey(), offset: root.getChildrenSize(), type: 'element' })
    })
    expect(all).toEqual({ start: 0, end: serverText.length })
  })

  it('go back to the same place in the editor’s text nodes', () => {
    editor.read(() => {
      const layout = $liveTextLayout()
      for (const [from, to] of [['fort', '十万'], ['Amur', 'Amur'], ['雅克萨', '尼布楚'], ['besieged', 'Again']] as const) {
        const { start, end } = serverRange(from, to)
        const startPoint = textPointAt(layout, start, 'start')!
        const endPoint = textPointAt(layout, end, 'end')!
        expect($rangeOffsets(layout, { ...startPoint, type: 'text' }, { ...endPoint, type: 'text' })).toEqual({ start, end })
      }
      // Between two blocks the start moves on to the next block's text, the end back to the previous one's.
      const gap = serverText.indexOf('\n\n第一次')
      expect(textPointAt(layout, gap + 1, 'start')).toEqual({ key: pointIn('第一次').key, offset: 0 })
      expect(textPointAt(layout, gap + 1, 'end')).toEqual({ key: pointIn('Again').key, offset: 'Again.'.length })
    })
  })
})
