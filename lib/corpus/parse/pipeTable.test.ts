import { describe, expect, it } from 'vitest'

import { parseTableRows } from '@/lib/corpus/parse/pipeTable'

/** Lines of a text as the text parser hands them over, with their offsets. */
const linesOf = (text: string) => {
  let start = 0
  return text.split('\n').map((line) => {
    const entry = { text: line, start, end: start + line.length }
    start = entry.end + 1
    return entry
  })
}

describe('parseTableRows', () => {
  it('reads a header over its separator, and the column count the separator gives', () => {
    const text = '| Side | Commander |\n| --- | :---: |\n| Qing | Zhaohui |\nRussia | Kaufman |'
    const rows = parseTableRows(linesOf(text))
    expect(rows.map((row) => [row.cells.map((cell) => cell.trim()), row.columns, row.header])).toEqual([
      [['Side', 'Commander'], 2, true],
      [['Qing', 'Zhaohui'], 2, false],
      [['Russia', 'Kaufman'], 2, false],
    ])
    expect(rows.map((row) => text.slice(row.start, row.end))).toEqual(['| Side | Commander |', '| Qing | Zhaohui |', 'Russia | Kaufman |'])
  })

  it('keeps a row broken over lines as one row, and a lone pipe as an emptied cell inside it', () => {
    const text = '| Strength | 3,000 men\n|\n4,000 men | 5,000 men |\n| Casualties | 300 |'
    const rows = parseTableRows(linesOf(text))
    expect(rows.map((row) => row.cells.map((cell) => cell.trim()))).toEqual([
      ['Strength', '3,000 men', '4,000 men', '5,000 men'],
      ['Casualties', '300'],
    ])
    expect(text.slice(rows[0]!.start, rows[0]!.end)).toBe('| Strength | 3,000 men\n|\n4,000 men | 5,000 men |')
    expect(rows.map((row) => [row.columns, row.header])).toEqual([
      [4, false],
      [2, false],
    ])
  })

  it('ends an unclosed last row at the last line', () => {
    const text = '| Result | Qing victory |\n| Location | Ili'
    const rows = parseTableRows(linesOf(text))
    expect(rows.map((row) => [text.slice(row.start, row.end), row.cells.map((cell) => cell.trim())])).toEqual([
      ['| Result | Qing victory |', ['Result', 'Qing victory']],
      ['| Location | Ili', ['Location', 'Ili']],
    ])
  })

  it('reads no rows from no lines, and no separator from a line of two dashes', () => {
    expect(parseTableRows([])).toEqual([])
    expect(parseTableRows(linesOf('| a | b |\n| -- | -- |')).map((row) => row.header)).toEqual([false, false])
  })
})

describe('parseTableRows at its edges', () => {
  it('closes a row whose pipe is followed by spaces, and reads a separator with no header above it', () => {
    const rows = parseTableRows(linesOf('|---|---|\n| Qing | Zhaohui |  \n| Russia | Kaufman |'))
    expect(rows.map((row) => [row.cells.map((cell) => cell.trim()), row.header, row.columns])).toEqual([
      [['Qing', 'Zhaohui'], false, 2],
      [['Russia', 'Kaufman'], false, 2],
    ])
  })

  it('ends an unclosed last row at the last line, with the column count of its separator or its own', () => {
    const text = '| Side |\n| Qing\nRussia\nKazakhs'
    const [first, last] = parseTableRows(linesOf(text))
    expect(first && text.slice(first.start, first.end)).toBe('| Side |')
    expect(last && [text.slice(last.start, last.end), last.columns, last.header]).toEqual(['| Qing\nRussia\nKazakhs', 1, false])
    const separated = parseTableRows(linesOf('| Side | Men |\n|---|---|\n| Qing'))
    expect(separated.at(-1)?.columns).toBe(2)
  })
})
