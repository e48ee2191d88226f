import type { Nodes as MdNode } from 'mdast'
import { parse as parseHtml, type DefaultTreeAdapterTypes } from 'parse5'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import { detectFormat } from '@/lib/corpus/parse/input'
import type { DocumentFormat } from '@/lib/corpus/tree'

/**
 * A source's text as a reader reads it, for search and for the public source
 * page: Markdown links give their label, escaped characters (`\[1\]`) their
 * character, emphasis and heading marks go; HTML gives its text. Block
 * boundaries stay line breaks.
 */
export function readableText(raw: string, format: DocumentFormat = detectFormat(raw)): string {
  const text = format === 'markdown' ? markdownText(unified().use(remarkParse).use(remarkGfm).parse(raw)) : format === 'html' ? htmlText(parseHtml(raw)) : raw
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteReference'])

function markdownText(node: MdNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value
    case 'image':
    case 'imageReference':
      return node.alt ?? ''
    case 'break':
      return '\n'
    case 'html':
    case 'definition':
    case 'thematicBreak':
      return ''
    case 'tableCell':
      return node.children.map(markdownText).join('')
    case 'tableRow':
      return node.children.map(markdownText).join(' ')
    default:
      if (!('children' in node)) return ''
      return (node.children as MdNode[]).map(markdownText).join(INLINE.has(node.type) || node.type === 'paragraph' || node.type === 'heading' ? '' : '\n')
  }
}

type HtmlNode = DefaultTreeAdapterTypes.Node

const HTML_BLOCK = /^(?:p|div|h[1-6]|li|tr|br|blockquote|section|article|table|ul|ol|dl|dt|dd|figcaption|caption|title)$/
const HTML_HIDDEN = new Set(['script', 'style', 'template', 'noscript'])

function htmlText(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value
  if (HTML_HIDDEN.has(node.nodeName)) return ''
  const children = 'childNodes' in node ? node.childNodes : []
  const inner = children.map(htmlText).join(node.nodeName === 'tr' ? ' ' : '')
  return HTML_BLOCK.test(node.nodeName) ? `\n${inner}\n` : inner
}
