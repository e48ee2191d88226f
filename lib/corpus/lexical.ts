import { contentHash } from '@/lib/contentHash'
import type { BodyInline, BodyNode } from './transform/types'

/**
 * Lexical's serialized editor state, as @payloadcms/richtext-lexical stores it,
 * for the nodes the import writes: headings, paragraphs, quotes, lists, text
 * and the `cite` / `citationNeeded` inline blocks of fields/richText/blocks.
 */
type ElementBase = { direction: 'ltr' | null; format: ''; indent: number; version: 1 }
export type SerializedText = { type: 'text'; text: string; detail: 0; format: 0; mode: 'normal'; style: ''; version: 1 }
export type SerializedInlineBlock = {
  type: 'inlineBlock'
  version: 1
  fields:
    | { id: string; blockName: ''; blockType: 'cite'; citation: number | string; locatorType: string; locator: string; quote?: string }
    | { id: string; blockName: ''; blockType: 'citationNeeded' }
}
type InlineNode = SerializedInlineBlock | SerializedText
export type SerializedParagraph = ElementBase & { type: 'paragraph'; children: InlineNode[]; textFormat: 0; textStyle: '' }
export type SerializedHeading = ElementBase & { type: 'heading'; tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6'; children: InlineNode[] }
export type SerializedQuote = ElementBase & { type: 'quote'; children: InlineNode[] }
export type SerializedListItem = ElementBase & { type: 'listitem'; value: number; children: InlineNode[] }
export type SerializedList = ElementBase & { type: 'list'; listType: 'bullet' | 'number'; start: 1; tag: 'ol' | 'ul'; children: SerializedListItem[] }
export type SerializedBlockNode = SerializedHeading | SerializedList | SerializedParagraph | SerializedQuote
export type SerializedEditorState = { root: ElementBase & { type: 'root'; children: SerializedBlockNode[] } }

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

const text = (value: string): SerializedText => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })

/** Inline block ids are stable: the hash of where the block sits, so converting the same body twice gives the same JSON. */
const blockId = (path: string) => contentHash(path).slice(0, 24)

function inlineNodes(inlines: BodyInline[], path: string, resolveCitation: (key: string) => number | string): InlineNode[] {
  return inlines.map((inline, index): InlineNode => {
    const id = blockId(`${path}/${index}`)
    if (inline.type === 'text') return text(inline.text)
    if (inline.type === 'citationNeeded') return { type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'citationNeeded' } }
    return {
      type: 'inlineBlock',
      version: 1,
      fields: {
        id,
        blockName: '',
        blockType: 'cite',
        citation: resolveCitation(inline.citationKey),
        locatorType: inline.locator?.locatorType ?? 'page',
        locator: inline.locator?.locator ?? '',
        ...(inline.quote ? { quote: inline.quote } : {}),
      },
    }
  })
}

/** Converts the import's article body to Lexical JSON; `resolveCitation` maps a plan citation key to the stored citation's id. */
export function toLexical(body: BodyNode[], resolveCitation: (key: string) => number | string): SerializedEditorState {
  const children = body.map((node, index): SerializedBlockNode => {
    const path = String(index)
    switch (node.type) {
      case 'heading':
        return { ...element, type: 'heading', tag: `h${Math.min(Math.max(node.level, 2), 6)}` as SerializedHeading['tag'], children: inlineNodes(node.children, path, resolveCitation) }
      case 'paragraph':
        return { ...element, type: 'paragraph', textFormat: 0, textStyle: '', children: inlineNodes(node.children, path, resolveCitation) }
      case 'quote':
        return { ...element, type: 'quote', children: inlineNodes(node.children, path, resolveCitation) }
      case 'list':
        return {
          ...element,
          type: 'list',
          listType: node.ordered ? 'number' : 'bullet',
          start: 1,
          tag: node.ordered ? 'ol' : 'ul',
          children: node.items.map((item, itemIndex) => ({
            ...element,
            type: 'listitem',
            value: itemIndex + 1,
            children: inlineNodes(item, `${path}/${itemIndex}`, resolveCitation),
          })),
        }
    }
  })
  return { root: { ...element, type: 'root', children } }
}
