import { ImportInputError } from './input'

/**
 * What one document may ask of the parser. Real documents stay far below each
 * (a long Wikipedia article: lists 3 deep, lines of 3,000 characters, 150
 * links per 28 KB); hostile ones are refused before they cost seconds of CPU or
 * overflow the stack of the recursive tree walks.
 */
export const PARSE_LIMITS = {
  /** The README's promise: 2 MB of UTF-8. */
  maxBytes: 2 * 1024 * 1024,
  /** Lists, quotations, emphasis or HTML elements within each other. */
  maxNestingDepth: 100,
  /** Characters on one line of a text or Markdown document (HTML may be minified onto one line). */
  maxLineLength: 20_000,
  /** Links (wiki and external) in one document. */
  maxLinks: 20_000,
} as const

export type ParseLimits = { [Key in keyof typeof PARSE_LIMITS]: number }

/** What a format parser needs to refuse a document: its name for the message, and the limits. */
export type ParseGuard = { fileName: string; limits: ParseLimits }

const formatted = (value: number) => value.toLocaleString('en-US')

export function tooDeep(fileName: string, depth: number, limits: ParseLimits): ImportInputError {
  return new ImportInputError(
    'too-deep',
    `"${fileName}" nests lists, quotations or elements ${formatted(depth)} levels deep; the nesting depth limit is ${formatted(limits.maxNestingDepth)} levels.`,
  )
}

export function tooManyLinks(fileName: string, links: number, limits: ParseLimits): ImportInputError {
  return new ImportInputError('too-many-links', `"${fileName}" has ${formatted(links)} links; the link count limit is ${formatted(limits.maxLinks)} links.`)
}

/** Refuses a text or Markdown document with a line over the line length limit. */
export function checkLineLength(raw: string, fileName: string, limits: ParseLimits): void {
  let start = 0
  let line = 1
  // Stryker disable next-line EqualityOperator: the empty line after a final newline is never too long
  while (start <= raw.length) {
    const newline = raw.indexOf('\n', start)
    const end = newline < 0 ? raw.length : newline
    if (end - start > limits.maxLineLength) {
      throw new ImportInputError(
        'line-too-long',
        `Line ${formatted(line)} of "${fileName}" is ${formatted(end - start)} characters long; the line length limit is ${formatted(limits.maxLineLength)} characters.`,
      )
    }
    if (newline < 0) break
    start = newline + 1
    line++
  }
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/

/**
 * How deeply a Markdown document nests block containers (list items and block
 * quotations), read from each line's indentation and leading markers the way
 * CommonMark opens containers, in one linear pass. It may count a thematic
 * break (`* * *`) as nesting, never less than the parser will build: enough to
 * refuse a hostile document before the parser spends quadratic time on it.
 */
export function markdownNestingDepth(raw: string): number {
  const columns: number[] = []
  let deepest = 0
  let start = 0
  // Stryker disable next-line EqualityOperator: the empty line after a final newline opens nothing
  while (start < raw.length) {
    const newline = raw.indexOf('\n', start)
    const end = newline < 0 ? raw.length : newline
    const line = raw.slice(start, end).replace(/\t/g, '    ')
    start = end + 1
    const indent = line.length - line.trimStart().length
    if (indent === line.length) continue
    // Stryker disable next-line UnaryOperator: columns rise from the first, so any column past the indent pops those after it
    while (columns.length && (columns.at(-1) ?? 0) > indent) columns.pop()
    let position = indent
    for (;;) {
      const rest = line.slice(position, position + 12)
      const quote = rest.startsWith('>')
      const marker = quote ? '>' : LIST_MARKER.exec(rest)?.[0]
      if (!marker) break
      position += marker.length
      const contentAt = position + 4
      while (line[position] === ' ' && position < contentAt) position++
      columns.push(position)
      // Stryker disable next-line EqualityOperator: assigning an equal depth changes nothing
      if (columns.length > deepest) deepest = columns.length
    }
  }
  return deepest
}

/** The deepest nesting of a tree, walked without recursion; `counts` says which nodes make a level. */
export function treeDepth<T>(root: T, childrenOf: (node: T) => readonly T[], counts: (node: T) => boolean): number {
  let deepest = 0
  const stack: [T, number][] = [[root, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    const own = depth + (counts(node) ? 1 : 0)
    // Stryker disable next-line EqualityOperator: see above
    if (own > deepest) deepest = own
    for (const child of childrenOf(node)) stack.push([child, own])
  }
  return deepest
}

/** How many nodes of a tree match, walked without recursion. */
export function countNodes<T>(root: T, childrenOf: (node: T) => readonly T[], matches: (node: T) => boolean): number {
  let count = 0
  const stack: T[] = [root]
  while (stack.length) {
    const node = stack.pop()!
    if (matches(node)) count++
    for (const child of childrenOf(node)) stack.push(child)
  }
  return count
}
