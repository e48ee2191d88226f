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
