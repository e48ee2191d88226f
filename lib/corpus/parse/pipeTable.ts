/** A row of a pipe table as printed; a row may run over several lines when a cell held line breaks. */
export type RawTableRow = { start: number; end: number; cells: string[]; columns: number; header: boolean }

type Line = { text: string; start: number; end: number }

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/

const cellsOf = (text: string) => text.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|')

/** A line ending in a pipe closes its row, unless it is a lone pipe (an emptied cell, as flattened infobox images leave). */
// Stryker disable next-line OptionalChaining: the line has a pipe by the first test
const closesRow = (text: string) => /\|\s*$/.test(text) && (text.match(/\|/g)?.length ?? 0) >= 2

/** Reads Markdown-like pipe tables, tolerating rows without a leading pipe and rows broken over lines. */
export function parseTableRows(lines: Line[]): RawTableRow[] {
  const rows: RawTableRow[] = []
  let columns = 0
  let buffer: { text: string; start: number } | null = null
  for (const line of lines) {
    if (SEPARATOR.test(line.text)) {
      columns = cellsOf(line.text).length
      const header = rows.at(-1)
      if (header) header.header = true
      continue
    }
    buffer = buffer ? { text: `${buffer.text}\n${line.text}`, start: buffer.start } : { text: line.text, start: line.start }
    if (!closesRow(line.text)) continue
    const cells = cellsOf(buffer.text)
    rows.push({ start: buffer.start, end: line.end, cells, columns: columns || cells.length, header: false })
    buffer = null
  }
  if (buffer) {
    const cells = cellsOf(buffer.text)
    rows.push({ start: buffer.start, end: lines.at(-1)?.end ?? buffer.start, cells, columns: columns || cells.length, header: false })
  }
  return rows
}
