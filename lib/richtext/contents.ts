import type { Heading } from '@/lib/richtext/walk'

export type ContentsEntry = Heading & { children: ContentsEntry[] }

/**
 * Headings as a table of contents nested the way the text is: a heading goes
 * under the nearest heading before it of a higher rank (lower level), so an
 * h3 sits under its h2 and a skipped level (h2 then h4) still nests once.
 */
export function nestHeadings(headings: readonly Heading[]): ContentsEntry[] {
  const top: ContentsEntry[] = []
  const open: ContentsEntry[] = []
  for (const heading of headings) {
    const entry: ContentsEntry = { ...heading, children: [] }
    while (open.length && open[open.length - 1]!.level >= heading.level) open.pop()
    ;(open.length ? open[open.length - 1]!.children : top).push(entry)
    open.push(entry)
  }
  return top
}
