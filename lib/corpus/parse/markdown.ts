import type { BlockContent, DefinitionContent, List as MdList, Node as MdNode, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Strong } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import type { Block, DocumentMetadata, DocumentTree, Inline, ListItem, Paragraph, Span } from '@/lib/corpus/tree'
import { assembleDocument } from './assemble'
import { parseHeadingDates } from './headingDates'
import { inlinesOf } from './assemble'
import { inlineText, parseInlineText, pushInline } from './inline'
import { checkLineLength, markdownNestingDepth, tooDeep, tooManyLinks, treeDepth, countNodes, type ParseGuard } from './limits'
import { boundedTitle, chooseTitle } from './title'
import { classifyLink, fileNameOfUrl } from './wikiLink'

// Stryker disable next-line OptionalChaining: remark gives every node it parses from text a position
const spanOf = (node: MdNode): Span => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 })

/** A paragraph that is only a MediaWiki template such as `{{-}}`, left over by the conversion. */
const TEMPLATE_ONLY = /^\s*(?:\{\{[^{}]*\}\}\s*)+$/

/** `noteNumbers`: the number of each footnote definition by its identifier (`[^3]` is note 3, `[^kuldja]` the note in its place). */
type Context = { language: string; categories: string[]; noteNumbers: ReadonlyMap<string, number> }

function phrasing(nodes: PhrasingContent[], context: Context, content: Inline[] = []): Inline[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        for (const inline of parseInlineText(node.value)) pushInline(content, inline)
        break
      case 'break':
        pushInline(content, { type: 'text', text: '\n' })
        break
      case 'footnoteReference': {
        const number = context.noteNumbers.get(node.identifier)
        // Stryker disable next-line ConditionalExpression: GFM makes a reference only of an identifier that has its definition
        if (number !== undefined) pushInline(content, { type: 'footnoteMarker', number })
        break
      }
      case 'image':
        pushInline(content, { type: 'imageRef', fileName: fileNameOfUrl(node.url) })
        break
      case 'link': {
        const target = classifyLink(node.url, context.language)
        const label = inlineText(phrasing(node.children, context))
        if (target.kind === 'page') pushInline(content, { type: 'wikiLink', target: target.target, language: target.language, label })
        else if (target.kind === 'file') pushInline(content, { type: 'imageRef', fileName: target.fileName })
        else if (target.kind === 'category') context.categories.push(target.name)
        else phrasing(node.children, context, content)
        break
      }
      case 'delete':
      case 'emphasis':
      case 'strong':
        phrasing(node.children, context, content)
        break
      default:
        break
    }
  }
  return content
}

/** How many paragraphs at the top may hold the title (a site's name, a tagline, the title). */
const HEAD_PARAGRAPHS = 4

/** A bold run opening one of the first paragraphs: wiki articles bold their own title there. */
function leadTitle(root: Root, context: Context): null | string {
  const paragraphs = root.children.filter((node): node is MdParagraph => node.type === 'paragraph').slice(0, HEAD_PARAGRAPHS)
  // Stryker disable next-line OptionalChaining: remark makes no empty paragraph
  const opening = paragraphs.map((paragraph) => paragraph.children[0]).find((node): node is Strong => node?.type === 'strong')
  return opening ? inlineText(phrasing(opening.children, context)) || null : null
}

/** The first line of a block's text: the title of a document that names none. */
function firstLineOf(block: Block | undefined): string {
  if (!block) return ''
  const text = block.kind === 'heading' || block.kind === 'caption' ? block.text : inlineText(inlinesOf(block)[0] ?? [])
  // Stryker disable next-line MethodExpression,StringLiteral: inlineText trimmed the text, so its first line is non-empty unless the text is
  return text.split('\n').find((line) => line.trim())?.trim() ?? ''
}

/**
 * Without a heading or a bold title: the title among the one-line paragraphs
 * at the top that do not end a sentence (see ./title), and the blocks above
 * it, which are the site's.
 */
function headTitle(blocks: Block[], raw: string): { title: string; siteName: null | string; siteBlocks: Block[] } {
  const head: Paragraph[] = []
  for (const block of blocks.slice(0, HEAD_PARAGRAPHS)) {
    const text = raw.slice(block.start, block.end)
    // Stryker disable next-line MethodExpression: a paragraph's span ends at its last character
    if (block.kind !== 'paragraph' || text.includes('\n') || text.length > 200 || /[.。!?！？:：;；]$/.test(text.trim())) break
    head.push(block)
  }
  // Stryker disable next-line ArrayDeclaration: only the lead's words count, and other blocks have none here
  const lead = blocks.slice(head.length, head.length + 3).flatMap((block) => (block.kind === 'paragraph' ? [inlineText(block.content)] : [])).join(' ')
  const texts = head.map((block) => inlineText(block.content))
  // Stryker disable next-line ArrayDeclaration: the blocks dropped are looked up by identity
  if (!head.length) return { title: firstLineOf(blocks[0]), siteName: null, siteBlocks: [] }
  const chosen = chooseTitle(texts, lead)
  // The title paragraph itself stays in the text, as a first line always did: it may be the opening sentence.
  // Stryker disable next-line StringLiteral: chosen is an index of texts
  return { title: texts[chosen] ?? '', siteName: chosen > 0 ? (texts[0] ?? null) : null, siteBlocks: head.slice(0, chosen) }
}

function listItems(list: MdList, raw: string, context: Context, depth = 0): ListItem[] {
  return list.children.flatMap((item, index) => {
    const span = spanOf(item)
    const paragraphs = item.children.filter((child): child is MdParagraph => child.type === 'paragraph')
    // Stryker disable next-line Regex: an item's text starts with its marker, so the first match is at its start anyway
    const written = /^\s*(\d+)[.)]/.exec(raw.slice(span.start, span.end))?.[1]
    const own: ListItem = {
      ...span,
      end: paragraphs.at(-1) ? spanOf(paragraphs.at(-1)!).end : span.end,
      depth,
      // Stryker disable next-line LogicalOperator,ArithmeticOperator: an ordered item always shows its number; the count is a fallback
      number: list.ordered ? Number(written ?? (list.start ?? 1) + index) : null,
      content: paragraphs.flatMap((paragraph) => phrasing(paragraph.children, context)),
    }
    const nested = item.children.filter((child): child is MdList => child.type === 'list').flatMap((child) => listItems(child, raw, context, depth + 1))
    return [own, ...nested]
  })
}

function paragraphBlock(node: MdParagraph, context: Context): Block | null {
  const content = phrasing(node.children, context)
  const image = content.find((inline) => inline.type === 'imageRef')
  if (image?.type === 'imageRef') {
    // Converted wiki images keep the tail of their caption after the link: "…)的回军]]"; a Markdown image carries its caption as alt text.
    // Stryker disable next-line Regex: the replace is global, so one bracket at a time removes them all
    const text = inlineText(content).replace(/[\][|]+/g, '').trim()
    // Stryker disable next-line ConditionalExpression: the image is the paragraph's first child whenever it has no other text
    const alt = node.children.find((child) => child.type === 'image')?.alt ?? ''
    return { kind: 'caption', ...spanOf(node), text: text || alt.trim(), fileName: image.fileName }
  }
  const text = inlineText(content)
  if (!content.some((inline) => inline.type !== 'text') && (!text || TEMPLATE_ONLY.test(text))) return null
  return { kind: 'paragraph', ...spanOf(node), content }
}

const paragraphsIn = (node: MdNode): MdParagraph[] =>
  childrenOf(node).flatMap((child) => (child.type === 'paragraph' ? [child as MdParagraph] : paragraphsIn(child)))

function blocksOf(nodes: (BlockContent | DefinitionContent | RootContent)[], raw: string, context: Context, blocks: Block[] = []): Block[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const text = inlineText(phrasing(node.children, context))
        blocks.push({ kind: 'heading', ...spanOf(node), level: node.depth, text, dates: parseHeadingDates(text) })
        break
      }
      case 'paragraph': {
        const block = paragraphBlock(node, context)
        if (block) blocks.push(block)
        break
      }
      case 'blockquote': {
        // Every paragraph of the quotation, those of a list inside it too, one per line.
        const content: Inline[] = []
        for (const paragraph of paragraphsIn(node)) {
          if (content.length) pushInline(content, { type: 'text', text: '\n' })
          phrasing(paragraph.children, context, content)
        }
        blocks.push({ kind: 'quotation', ...spanOf(node), content })
        break
      }
      case 'list': {
        const items = listItems(node, raw, context)
        blocks.push({ kind: 'list', ...spanOf(node), ordered: Boolean(node.ordered), items })
        break
      }
      case 'table':
        blocks.push({
          kind: 'table',
          ...spanOf(node),
          rows: node.children.map((row) => ({ ...spanOf(row), cells: row.children.map((cell) => phrasing(cell.children, context)) })),
        })
        break
      case 'code':
        blocks.push({ kind: 'paragraph', ...spanOf(node), content: [{ type: 'text', text: node.value }] })
        break
      default:
        break
    }
  }
  return blocks
}

/** GFM footnote definitions (`[^1]: …`) are the document's note list. */
const footnoteDefinitions = (root: Root) => root.children.filter((node) => node.type === 'footnoteDefinition')

/** A numbered definition keeps its number; a named one is numbered by its place among the definitions. */
const noteNumbersOf = (root: Root) => new Map(footnoteDefinitions(root).map((definition, index) => [definition.identifier, /^\d+$/.test(definition.identifier) ? Number(definition.identifier) : index + 1]))

function footnoteList(root: Root, context: Context): Block[] {
  const definitions = footnoteDefinitions(root)
  const first = definitions[0]
  const last = definitions.at(-1)
  // Stryker disable next-line LogicalOperator: the first and the last definition exist together
  if (!first || !last) return []
  const notes = definitions.map((definition) => {
    const content = paragraphsIn(definition).flatMap((paragraph) => phrasing(paragraph.children, context))
    // Stryker disable next-line LogicalOperator: every definition is in the map noteNumbersOf built from these definitions
    return { ...spanOf(definition), number: context.noteNumbers.get(definition.identifier) ?? 0, content, text: inlineText(content), backlinks: [] }
  })
  return [{ kind: 'noteList', start: spanOf(first).start, end: spanOf(last).end, notes }]
}

/** Node types that nest a level: block containers and the phrasing the walks below recurse into. */
const NESTING = new Set(['blockquote', 'delete', 'emphasis', 'footnoteDefinition', 'link', 'list', 'strong'])
// Stryker disable next-line LogicalOperator: a node without children has no children array either
const childrenOf = (node: MdNode): readonly MdNode[] => ('children' in node && Array.isArray(node.children) ? (node.children as MdNode[]) : [])

/** Refuses what would make the parser or the recursive walks below slow or deep, before and after parsing. */
function parseBounded(raw: string, { fileName, limits }: ParseGuard): Root {
  checkLineLength(raw, fileName, limits)
  const containers = markdownNestingDepth(raw)
  if (containers > limits.maxNestingDepth) throw tooDeep(fileName, containers, limits)
  const root = unified().use(remarkParse).use(remarkGfm).parse(raw)
  const depth = treeDepth<MdNode>(root, childrenOf, (node) => NESTING.has(node.type))
  if (depth > limits.maxNestingDepth) throw tooDeep(fileName, depth, limits)
  const links = countNodes<MdNode>(root, childrenOf, (node) => node.type === 'link')
  if (links > limits.maxLinks) throw tooManyLinks(fileName, links, limits)
  return root
}

export function parseMarkdown(raw: string, language: string, guard: ParseGuard): DocumentTree {
  const root = parseBounded(raw, guard)
  const context: Context = { language, categories: [], noteNumbers: noteNumbersOf(root) }
  const blocks = [...blocksOf(root.children, raw, context), ...footnoteList(root, context)]
  // Stryker disable next-line ConditionalExpression: only headings have a level
  const firstHeading = blocks.find((block) => block.kind === 'heading' && block.level === 1)
  const bold = firstHeading ? null : leadTitle(root, context)
  // Stryker disable next-line ConditionalExpression,LogicalOperator: reading the head needlessly changes only the site name, and only when a short line above the heading or bold title is what the lead is about
  const fromHead = firstHeading || bold ? null : headTitle(blocks, raw)
  const title = firstHeading?.kind === 'heading' ? firstHeading.text : (bold ?? fromHead?.title ?? '')
  const dropped = new Set<Block>(firstHeading ? [firstHeading] : (fromHead?.siteBlocks ?? []))
  const metadata: DocumentMetadata = { title: boundedTitle(title), language, description: null, siteName: fromHead?.siteName ?? null, categories: [...new Set(context.categories)] }
  return assembleDocument('markdown', metadata, blocks.filter((block) => !dropped.has(block)), false)
}
