'use client'

import { $getNearestNodeFromDOMNode, $isTextNode, type LexicalEditor } from 'lexical'

import { textPointAt, type LiveLayout } from '@/lib/richtext/lexicalOffsets'

/** The DOM text node Lexical renders a text node's characters in (formatting may wrap it). */
function domTextOf(editor: LexicalEditor, key: string): Text | null {
  let node: Node | null = editor.getElementByKey(key)
  while (node && node.nodeType !== Node.TEXT_NODE) node = node.firstChild
  return node as Text | null
}

/** A DOM range over the editor's rendering of plain-text offsets `start`–`end`. Inside `editor.read()`. */
export function domRangeOf(editor: LexicalEditor, layout: LiveLayout, start: number, end: number): Range | null {
  const from = textPointAt(layout, start, 'start')
  const to = textPointAt(layout, end, 'end')
  if (!from || !to) return null
  const startText = domTextOf(editor, from.key)
  const endText = domTextOf(editor, to.key)
  if (!startText || !endText) return null
  const range = document.createRange()
  range.setStart(startText, Math.min(from.offset, startText.length))
  range.setEnd(endText, Math.min(to.offset, endText.length))
  return range
}

/** The plain-text offset of the character under the pointer, or null off the text. Inside `editor.read()`. */
export function $offsetAtPoint(layout: LiveLayout, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y)
  const range = position ? null : document.caretRangeFromPoint?.(x, y)
  const caret = position ? { node: position.offsetNode, offset: position.offset } : range ? { node: range.startContainer, offset: range.startOffset } : null
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null
  const node = $getNearestNodeFromDOMNode(caret.node)
  const run = node && $isTextNode(node) ? layout.byKey.get(node.getKey()) : undefined
  return run ? run.start + caret.offset : null
}

/** Whether the point is over one of the range's boxes (a caret position is also found beside the text). */
export const rangeCovers = (range: Range, x: number, y: number) => [...range.getClientRects()].some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)

const HIGHLIGHT_PREFIX = 'annotation-'

/**
 * Marks the annotated ranges with the CSS Custom Highlight API, one highlight
 * per kind (styled in articleHighlights.css): nothing enters the editor's
 * document, so the saved body is what the author wrote.
 */
export function paintHighlights(ranges: readonly { kind: string; range: Range }[], kinds: readonly string[]) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  for (const kind of kinds) {
    const of = ranges.filter((one) => one.kind === kind).map((one) => one.range)
    if (of.length) CSS.highlights.set(HIGHLIGHT_PREFIX + kind, new Highlight(...of))
    else CSS.highlights.delete(HIGHLIGHT_PREFIX + kind)
  }
}
