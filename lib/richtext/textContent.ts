import type { EditorState, LexicalNode } from './walk'

/** What the text layout reads of a node: a serialized one as saved, or a live one in the editor (lib/richtext/lexicalOffsets). */
export type TextTreeNode<N> = { type: string; text?: string; children?: readonly N[] }
/** Where a node's text lies in the plain text: `start`–`end`, block separators outside. */
export type TextRun<N> = { node: N; start: number; end: number }
export type TextLayout<N> = { text: string; runs: TextRun<N>[] }

/** Inline element nodes: they sit inside a paragraph's line and add no break of their own. */
const INLINE_ELEMENTS = new Set(['link', 'autolink'])

/**
 * A rich text as the one plain string Lexical's `$getRoot().getTextContent()`
 * gives in the editor: blocks separated by a blank line, line breaks and tabs
 * kept, decorators (inline citations, uploads, blocks) contributing nothing;
 * and where each node's text lies in it. One walk for the saved JSON (the
 * server) and the live editor (the annotation plugin), so both count the same
 * offsets.
 */
export function textLayout<N>(root: N, read: (node: N) => TextTreeNode<N>): TextLayout<N> {
  const runs: TextRun<N>[] = []
  let text = ''
  const walk = (node: N) => {
    const { type, text: own, children } = read(node)
    const start = text.length
    if (type === 'linebreak') text += '\n'
    else if (type === 'tab') text += '\t'
    else if (!children) text += type === 'text' ? (own ?? '') : ''
    else
      children.forEach((child, index) => {
        walk(child)
        const { type: childType, children: grandchildren } = read(child)
        if (grandchildren && !INLINE_ELEMENTS.has(childType) && index < children.length - 1) text += '\n\n'
      })
    runs.push({ node, start, end: text.length })
  }
  walk(root)
  return { text, runs }
}

const serialized = (node: LexicalNode): TextTreeNode<LexicalNode> => ({ type: node.type, text: node.text, children: Array.isArray(node.children) ? node.children : undefined })

/** The plain text of a saved rich text (see textLayout); annotations on articles count their offsets in it. */
export function textContent(state: EditorState): string {
  return state?.root ? textLayout(state.root, serialized).text : ''
}
