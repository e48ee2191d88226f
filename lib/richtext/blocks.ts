import type { EditorState, LexicalNode } from './walk'

/** Block-level nodes that hold running text; a list item's nested list is a block of its own. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

/** One block of a rich text as plain text: `path` is the index path from the root to its node. */
export type TextBlock = { path: number[]; kind: string; text: string }

const inlineText = (node: LexicalNode): string => {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (node.type === 'inlineBlock' || TEXT_BLOCKS.has(node.type) || node.type === 'list') return ''
  return (node.children ?? []).map(inlineText).join('')
}

/** The text blocks of a rich text in reading order (paragraphs, headings, quotes, list items), each with its inline text. */
export function textBlocks(state: EditorState): TextBlock[] {
  const blocks: TextBlock[] = []
  const visit = (node: LexicalNode, path: number[]) => {
    if (TEXT_BLOCKS.has(node.type)) blocks.push({ path, kind: node.type, text: (node.children ?? []).map(inlineText).join('') })
    ;(node.children ?? []).forEach((child, index) => {
      if (TEXT_BLOCKS.has(child.type) || child.type === 'list' || !TEXT_BLOCKS.has(node.type)) visit(child, [...path, index])
    })
  }
  if (state?.root) visit(state.root, [])
  return blocks.filter((block) => block.text.trim())
}

/** Text nodes of a block in order, each with the offset it starts at in the block's text (as textBlocks counts it). */
function textNodesOf(block: LexicalNode): { node: LexicalNode; at: number }[] {
  const found: { node: LexicalNode; at: number }[] = []
  let at = 0
  const visit = (node: LexicalNode) => {
    if (node.type === 'text') {
      found.push({ node, at })
      at += (node.text ?? '').length
      return
    }
    if (node.type === 'linebreak' || node.type === 'tab') at += 1
    if (node.type === 'inlineBlock' || TEXT_BLOCKS.has(node.type) || node.type === 'list') return
    for (const child of node.children ?? []) visit(child)
  }
  for (const child of block.children ?? []) visit(child)
  return found
}

/**
 * A copy of the rich text with [start, end) of one block's text replaced.
 * The replacement goes into the first text node the range touches (keeping
 * its formatting); the rest of the range is cut from the nodes after it.
 * An inline block inside the range (a citation, which has no text) stays,
 * after the replacement. Returns null when the range crosses a line break.
 */
export function replaceInBlock<S extends NonNullable<EditorState>>(state: S, path: number[], start: number, end: number, replacement: string): S | null {
  const copy = structuredClone(state)
  let block: LexicalNode | undefined = copy.root
  for (const index of path) block = block?.children?.[index]
  if (!block) return null
  const nodes = textNodesOf(block)
  const covered = nodes.filter(({ node, at }) => at < end && at + (node.text ?? '').length > start)
  if (start === end) {
    const host = nodes.find(({ node, at }) => at <= start && start <= at + (node.text ?? '').length)
    if (!host) return null
    covered.push(host)
  }
  // The covered nodes must be contiguous text: no line break between them.
  const length = covered.reduce((sum, { node }) => sum + (node.text ?? '').length, 0)
  const first = covered[0]
  const last = covered.at(-1)
  if (!first || !last || first.at > start || last.at + (last.node.text ?? '').length < end || last.at + (last.node.text ?? '').length - first.at !== length) return null
  covered.forEach(({ node, at }, index) => {
    const text = node.text ?? ''
    node.text = text.slice(0, Math.max(0, start - at)) + (index === 0 ? replacement : '') + text.slice(Math.max(0, end - at))
  })
  return copy
}
