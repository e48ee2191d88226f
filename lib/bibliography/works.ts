import { relationId, type EditorState, type LexicalNode } from '@/lib/richtext/walk'

/** A node that points at a work: the inline `cite` block and the primary-source quotation block. */
const pointsAtWork = (node: LexicalNode) => (node.type === 'inlineBlock' || node.type === 'block') && node.fields !== undefined && 'citation' in node.fields

function* workNodes(node: LexicalNode): Generator<LexicalNode> {
  if (pointsAtWork(node)) yield node
  for (const child of node.children ?? []) yield* workNodes(child)
}

/** The works a rich-text body cites (inline citations and primary-source quotations), ids as strings, in order of first use. */
export function citedWorkIds(state: EditorState): string[] {
  if (!state?.root) return []
  const ids = new Set<string>()
  for (const node of workNodes(state.root)) {
    const id = relationId(node.fields?.citation)
    if (id) ids.add(id)
  }
  return [...ids]
}

/**
 * The body with every use of work `from` pointing at `to` instead (the id as
 * `to` is given, so its type is the database's); the input is left as it was.
 */
export function replaceWork<T extends EditorState>(state: T, from: string, to: number | string): { state: T; replaced: number } {
  if (!state?.root) return { state, replaced: 0 }
  const copy = structuredClone(state) as NonNullable<EditorState>
  let replaced = 0
  for (const node of workNodes(copy.root)) {
    if (relationId(node.fields?.citation) !== from) continue
    node.fields!.citation = to
    replaced++
  }
  return { state: copy as T, replaced }
}
