import { plainText, type EditorState, type LexicalNode } from './walk'

const LIST_TYPES = new Set(['list'])

/**
 * The text of each block of a rich text in reading order (paragraphs,
 * headings, quotations, list items), without inline blocks such as citations:
 * what the checks and the unmodified measure read as an article's paragraphs.
 * Blocks with no letters or digits are left out.
 */
export function blockTexts(state: EditorState): string[] {
  const texts: string[] = []
  const visit = (node: LexicalNode) => {
    if (LIST_TYPES.has(node.type)) {
      for (const child of node.children ?? []) visit(child)
      return
    }
    const text = plainText(node).trim()
    if (/[\p{L}\p{N}]/u.test(text)) texts.push(text)
  }
  for (const block of state?.root?.children ?? []) visit(block)
  return texts
}
