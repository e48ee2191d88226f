import { $getRoot, $isElementNode, $isTextNode, type LexicalNode, type PointType } from 'lexical'

import { textLayout, type TextLayout, type TextRun } from './textContent'

/**
 * Offsets in the live Lexical editor counted as the server counts them in the
 * saved body (lib/richtext/textContent): the same walk over the editor's nodes.
 * Call inside `editor.read()` or `editor.update()`.
 */
export type LiveLayout = TextLayout<LexicalNode> & { byKey: Map<string, TextRun<LexicalNode>> }

export function $liveTextLayout(): LiveLayout {
  const layout = textLayout<LexicalNode>($getRoot(), (node) => ({
    type: node.getType(),
    text: $isTextNode(node) ? node.getTextContent() : undefined,
    children: $isElementNode(node) ? node.getChildren() : undefined,
  }))
  return { ...layout, byKey: new Map(layout.runs.map((run) => [run.node.getKey(), run])) }
}

/** A selection point (in a text node, or between an element's children) as an offset in the plain text. */
export function $pointOffset(layout: LiveLayout, point: Pick<PointType, 'key' | 'offset' | 'type'>): number {
  const run = layout.byKey.get(point.key)
  if (!run) throw new Error(`The node ${point.key} is not in the editor.`)
  if (point.type === 'text') return Math.min(run.start + point.offset, run.end)
  const children = $isElementNode(run.node) ? run.node.getChildren() : []
  const child = children[point.offset]
  return child ? layout.byKey.get(child.getKey())!.start : run.end
}

/** The plain-text range between two points, in reading order. */
export function $rangeOffsets(layout: LiveLayout, anchor: Pick<PointType, 'key' | 'offset' | 'type'>, focus: Pick<PointType, 'key' | 'offset' | 'type'>): { start: number; end: number } {
  const [a, b] = [$pointOffset(layout, anchor), $pointOffset(layout, focus)]
  return { start: Math.min(a, b), end: Math.max(a, b) }
}

export type TextPoint = { key: string; offset: number }

/**
 * Back from a plain-text offset to a place in a text node: the start of a range
 * goes to the node the next character is in, its end to the node of the
 * character before; an offset between blocks moves to the nearest text on its side.
 */
export function textPointAt(layout: LiveLayout, offset: number, side: 'start' | 'end'): TextPoint | null {
  const texts = layout.runs.filter((run) => $isTextNode(run.node) && run.end > run.start).sort((a, b) => a.start - b.start)
  const inside = texts.find((run) => (side === 'start' ? offset >= run.start && offset < run.end : offset > run.start && offset <= run.end))
  const near = inside ?? (side === 'start' ? texts.find((run) => run.start >= offset) : texts.findLast((run) => run.end <= offset))
  if (!near) return null
  return { key: near.node.getKey(), offset: Math.max(0, Math.min(offset, near.end) - near.start) }
}
