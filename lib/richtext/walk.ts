import { slugify } from '@/lib/slug'

/** The parts of a serialized Lexical node this module reads; everything else passes through untouched. */
export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  tag?: string
  fields?: Record<string, unknown> & { id?: string; blockType?: string }
}

export type EditorState = { root: LexicalNode } | null | undefined

export type CiteUseInText = {
  /** The inline block's own id: the key by which the renderer finds the use's footnote marker. */
  blockId: string
  citationKey: string
  locator: null | string
  locatorType: null | string
  quote: null | string
  /** The relationship as stored: an id, or the work itself when populated. */
  work: unknown
}

function* nodes(node: LexicalNode): Generator<LexicalNode> {
  yield node
  for (const child of node.children ?? []) yield* nodes(child)
}

/** The id of a relationship value, populated (`{ id }`) or not. */
export function relationId(value: unknown): null | string {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return relationId((value as { id?: unknown }).id)
  return String(value)
}

/** Every use of a work in reading order: inline `cite` blocks and primary-source quotations. */
export function citeUses(state: EditorState): CiteUseInText[] {
  if (!state?.root) return []
  const uses: CiteUseInText[] = []
  for (const node of nodes(state.root)) {
    const fields = node.fields
    // An inline citation, or a primary-source quotation's work (its note follows the quotation).
    const isUse = (node.type === 'inlineBlock' && fields?.blockType === 'cite') || (node.type === 'block' && fields?.blockType === 'primarySource')
    if (!isUse || !fields) continue
    const citationKey = relationId(fields.citation)
    if (!citationKey || !fields.id) continue
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
    uses.push({ blockId: fields.id, citationKey, locator: text(fields.locator), locatorType: text(fields.locatorType), quote: fields.blockType === 'cite' ? text(fields.quote) : null, work: fields.citation })
  }
  return uses
}

export const plainText = (node: LexicalNode): string =>
  node.type === 'inlineBlock' ? '' : (node.text ?? '') + (node.children ?? []).map(plainText).join('')

export type Heading = { id: string; text: string; level: number }

/** The headings of a text, with ids unique within it, for a table of contents. */
export function headings(state: EditorState): Heading[] {
  if (!state?.root) return []
  const seen = new Map<string, number>()
  const found: Heading[] = []
  for (const node of nodes(state.root)) {
    if (node.type !== 'heading' || !node.tag) continue
    const text = plainText(node).trim()
    const base = slugify(text) || 'section'
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    found.push({ id: count === 1 ? base : `${base}-${count}`, text, level: Number(node.tag.slice(1)) })
  }
  return found
}

export type LinkInText = { text: string; url: unknown }

/** Every link node with an address of its own (not an internal link to a document), autolinks included, in reading order. */
export function linkAddresses(state: EditorState): LinkInText[] {
  if (!state?.root) return []
  const found: LinkInText[] = []
  for (const node of nodes(state.root)) {
    if (node.type !== 'link' && node.type !== 'autolink') continue
    if (node.fields?.linkType === 'internal') continue
    found.push({ text: plainText(node).trim(), url: node.fields?.url })
  }
  return found
}
