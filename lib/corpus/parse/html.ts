import { parse, type DefaultTreeAdapterTypes } from 'parse5'

import type { Block, DocumentMetadata, DocumentTree, Inline, InfoboxRow, ListItem, Note, Span } from '@/lib/corpus/tree'
import { assembleDocument } from './assemble'
import { parseHeadingDates } from './headingDates'
import { infoboxFieldOf } from './infoboxLabels'
import { inlineText, parseInlineText, pushInline, trimEdges } from './inline'
import { countNodes, tooDeep, tooManyLinks, treeDepth, type ParseGuard } from './limits'
import { boundedTitle, chooseTitle, CRUMB_SEPARATOR } from './title'
import { classifyLink, fileNameOfUrl } from './wikiLink'

type Node = DefaultTreeAdapterTypes.ChildNode
type Element = DefaultTreeAdapterTypes.Element

const isElement = (node: Node): node is Element => 'tagName' in node
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value ?? ''
// Stryker disable next-line Regex: an empty part between two spaces is no class name either way
const hasClass = (element: Element, name: string) => attribute(element, 'class').split(/\s+/).includes(name)
// Stryker disable next-line OptionalChaining: parse5 locates every element when asked to (parseBounded does)
const spanOf = (element: Element): Span => ({ start: element.sourceCodeLocation?.startOffset ?? 0, end: element.sourceCodeLocation?.endOffset ?? 0 })
const childElements = (element: Element) => element.childNodes.filter(isElement)
/** The outermost descendants with this tag name (a match is not searched further). */
const descendants = (element: Element, tagName: string): Element[] =>
  childElements(element).flatMap((child) => (child.tagName === tagName ? [child] : descendants(child, tagName)))
/** The first descendant, at any depth, that matches. */
const findDescendant = (element: Element, matches: (child: Element) => boolean): Element | undefined => {
  for (const child of childElements(element)) {
    const found = matches(child) ? child : findDescendant(child, matches)
    if (found) return found
  }
  return undefined
}

const SKIPPED = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template'])
const CONTAINERS = new Set(['body', 'main', 'article', 'section', 'div', 'html'])

type Context = { language: string; categories: string[] }

function inlines(nodes: Node[], context: Context, content: Inline[] = []): Inline[] {
  for (const node of nodes) {
    if ('value' in node) {
      for (const inline of parseInlineText(node.value)) pushInline(content, inline)
    } else if (isElement(node) && !SKIPPED.has(node.tagName)) {
      if (node.tagName === 'br') pushInline(content, { type: 'text', text: '\n' })
      else if (node.tagName === 'img') pushInline(content, { type: 'imageRef', fileName: fileNameOfUrl(attribute(node, 'src')) })
      // An anchor to a page is a wiki link, to a category a category; any other (a note, a file, the web) gives its text, as every other element does.
      // Stryker disable next-line ConditionalExpression: an element that is no anchor has no address, which classifies as external: its text
      else if (node.tagName === 'a') {
        const target = classifyLink(attribute(node, 'href'), context.language)
        if (target.kind === 'page') pushInline(content, { type: 'wikiLink', target: target.target, language: target.language, label: inlineText(inlines(node.childNodes, context)) })
        else if (target.kind === 'category') context.categories.push(target.name)
        else inlines(node.childNodes, context, content)
      } else inlines(node.childNodes, context, content)
    }
  }
  return content
}

/** A block's inline content, without the indentation between its tags. */
const blockInlines = (nodes: Node[], context: Context) => trimEdges(inlines(nodes, context))

/** A Wikipedia infobox: label cells in `th`, one `td` per side; a lone label row is followed by the row of its values. */
function infoboxRows(table: Element, context: Context): InfoboxRow[] {
  const rows: InfoboxRow[] = []
  let pending: InfoboxRow | null = null
  for (const row of descendants(table, 'tr')) {
    const headers = childElements(row).filter((cell) => cell.tagName === 'th')
    const cells = childElements(row).filter((cell) => cell.tagName === 'td')
    const label = headers[0] ? inlineText(inlines(headers[0].childNodes, context)) : ''
    const sides = cells.map((cell) => blockInlines(cell.childNodes, context))
    if (pending && !label) {
      rows.push({ ...pending, end: spanOf(row).end, sides })
      pending = null
      continue
    }
    // A label row with no values row under it stays a row of its own.
    if (pending) rows.push(pending)
    pending = null
    if (label && !cells.length && infoboxFieldOf(label)) pending = { ...spanOf(row), label, sides: [] }
    else if (label || sides.length) rows.push({ ...spanOf(row), label, sides })
  }
  if (pending) rows.push(pending)
  return rows
}

function listItems(list: Element, context: Context, depth = 0): ListItem[] {
  return childElements(list)
    .filter((item) => item.tagName === 'li')
    .flatMap((item, index) => {
      const nested = childElements(item).filter((child) => child.tagName === 'ul' || child.tagName === 'ol')
      const own = item.childNodes.filter((child) => !nested.includes(child as Element))
      const value = Number(attribute(item, 'value')) || Number(attribute(list, 'start') || 1) + index
      const entry: ListItem = { ...spanOf(item), depth, number: list.tagName === 'ol' ? value : null, content: blockInlines(own, context) }
      return [entry, ...nested.flatMap((child) => listItems(child, context, depth + 1))]
    })
}

/** `<ol class="references">`: each item's back-link anchors (`^ a b`) are its reuse labels. */
function noteList(list: Element, context: Context): Block {
  const notes: Note[] = childElements(list)
    .filter((item) => item.tagName === 'li')
    .map((item, index) => {
      const backlinkSpan = childElements(item).find((child) => hasClass(child, 'mw-cite-backlink'))
      // Stryker disable next-line ArrayDeclaration: one anchor or none gives no reuse labels
      const anchors = backlinkSpan ? descendants(backlinkSpan, 'a') : []
      const content = blockInlines(item.childNodes.filter((child) => child !== backlinkSpan), context)
      return {
        ...spanOf(item),
        number: index + 1,
        content,
        text: inlineText(content),
        // Stryker disable next-line Regex: a label holds one caret at most
        backlinks: anchors.length > 1 ? anchors.map((anchor) => inlineText(inlines(anchor.childNodes, context)).replace(/^\^/, '')) : [],
      }
    })
  return { kind: 'noteList', ...spanOf(list), notes }
}

function blocksOf(nodes: Node[], context: Context, blocks: Block[] = []): Block[] {
  for (const node of nodes) {
    if (!isElement(node) || SKIPPED.has(node.tagName)) continue
    const tag = node.tagName
    // Stryker disable next-line Regex: no other HTML tag name starts or ends like a heading's
    if (/^h[1-6]$/.test(tag)) {
      const text = inlineText(inlines(node.childNodes, context))
      blocks.push({ kind: 'heading', ...spanOf(node), level: Number(tag.slice(1)), text, dates: parseHeadingDates(text) })
    } else if (tag === 'p') {
      const content = blockInlines(node.childNodes, context)
      if (content.length) blocks.push({ kind: 'paragraph', ...spanOf(node), content })
    } else if (tag === 'ol' && (hasClass(node, 'references') || descendants(node, 'span').some((span) => hasClass(span, 'mw-cite-backlink')))) {
      blocks.push(noteList(node, context))
    } else if (tag === 'ul' || tag === 'ol') {
      blocks.push({ kind: 'list', ...spanOf(node), ordered: tag === 'ol', items: listItems(node, context) })
    } else if (tag === 'blockquote') {
      blocks.push({ kind: 'quotation', ...spanOf(node), content: blockInlines(node.childNodes, context) })
    } else if (tag === 'table') {
      const labels = descendants(node, 'th').map((cell) => inlineText(inlines(cell.childNodes, context)))
      if (hasClass(node, 'infobox') || labels.some((label) => infoboxFieldOf(label))) {
        blocks.push({ kind: 'infobox', ...spanOf(node), rows: infoboxRows(node, context) })
      } else {
        const rows = descendants(node, 'tr').map((row) => ({
          ...spanOf(row),
          cells: childElements(row).map((cell) => blockInlines(cell.childNodes, context)),
        }))
        blocks.push({ kind: 'table', ...spanOf(node), rows })
      }
    } else if (tag === 'figure' || hasClass(node, 'thumb')) {
      const image = descendants(node, 'img')[0]
      const captionElement = findDescendant(node, (child) => child.tagName === 'figcaption' || hasClass(child, 'thumbcaption'))
      const text = captionElement ? inlineText(inlines(captionElement.childNodes, context)) : ''
      if (text) blocks.push({ kind: 'caption', ...spanOf(node), text, fileName: image ? fileNameOfUrl(attribute(image, 'src')) : null })
    } else if (CONTAINERS.has(tag)) {
      blocksOf(node.childNodes, context, blocks)
    }
  }
  return blocks
}

const childrenOf = (node: DefaultTreeAdapterTypes.Node): readonly DefaultTreeAdapterTypes.Node[] => ('childNodes' in node ? node.childNodes : [])

/** Refuses markup nested deeper than the recursive walks above may go, or with more links than the limit. */
function parseBounded(raw: string, { fileName, limits }: ParseGuard): DefaultTreeAdapterTypes.Document {
  const document = parse(raw, { sourceCodeLocationInfo: true })
  const depth = treeDepth<DefaultTreeAdapterTypes.Node>(document, childrenOf, (node) => 'tagName' in node)
  if (depth > limits.maxNestingDepth) throw tooDeep(fileName, depth, limits)
  const links = countNodes<DefaultTreeAdapterTypes.Node>(document, childrenOf, (node) => 'tagName' in node && node.tagName === 'a' && Boolean(attribute(node, 'href')))
  if (links > limits.maxLinks) throw tooManyLinks(fileName, links, limits)
  return document
}

export function parseHtml(raw: string, language: string, guard: ParseGuard): DocumentTree {
  const document = parseBounded(raw, guard)
  const html = document.childNodes.find(isElement)
  // Stryker disable next-line ConditionalExpression: parse5 always builds html with head, then body
  const head = html ? childElements(html).find((child) => child.tagName === 'head') : undefined
  const body = html ? childElements(html).find((child) => child.tagName === 'body') : undefined
  const context: Context = { language, categories: [] }
  // Stryker disable next-line ArrayDeclaration: see above
  const blocks = body ? blocksOf(body.childNodes, context) : []
  const titleElement = head ? descendants(head, 'title')[0] : undefined
  // Stryker disable next-line ConditionalExpression: only headings have a level
  const h1 = blocks.find((block) => block.kind === 'heading' && block.level === 1)
  // A page title often carries the site's name as well ("Article – Site"): the crumb the opening text is about.
  // Stryker disable next-line ArrayDeclaration: without a page title there is no crumb to choose, with [''] or []
  const crumbs = titleElement ? inlineText(inlines(titleElement.childNodes, context)).split(CRUMB_SEPARATOR) : ['']
  // Stryker disable next-line ArrayDeclaration: only the lead's words count, and other blocks have none here
  const lead = blocks.flatMap((block) => (block.kind === 'paragraph' ? [inlineText(block.content)] : [])).slice(0, 3).join(' ')
  // Stryker disable next-line StringLiteral: chooseTitle gives an index of crumbs
  const title = boundedTitle(h1?.kind === 'heading' ? h1.text : (crumbs[chooseTitle(crumbs, lead)] ?? ''))
  const metadata: DocumentMetadata = { title, language, description: null, siteName: null, categories: [...new Set(context.categories)] }
  return assembleDocument('html', metadata, blocks.filter((block) => block !== h1), false)
}
