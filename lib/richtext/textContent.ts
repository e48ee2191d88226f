import type { EditorState, LexicalNode } from './walk'

/** Inline element nodes: they sit inside a paragraph's line and add no break of their own. */
const INLINE_ELEMENTS = new Set(['link', 'autolink'])

const isBlockElement = (node: LexicalNode) => Array.isArray(node.children) && !INLINE_ELEMENTS.has(node.type)

function nodeText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (!Array.isArray(node.children)) return node.type === 'text' ? (node.text ?? '') : ''
  return node.children.map((child, index) => nodeText(child) + (isBlockElement(child) && index < node.children!.length - 1 ? '\n\n' : '')).join('')
}

/**
 * A rich text as the one plain string Lexical's `$getRoot().getTextContent()`
 * gives in the editor: blocks separated by a blank line, line breaks and tabs
 * kept, decorators (inline citations, uploads, blocks) contributing nothing.
 * Annotations on articles count their offsets in it, so the server and the
 * editor agree on where a quote is.
 */
export function textContent(state: EditorState): string {
  return state?.root ? nodeText(state.root) : ''
}
