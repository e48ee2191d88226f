/**
 * Edits of a text that keep track of where each annotated range really went:
 * the ground truth bench/annotate.ts checks re-anchoring against.
 */
export type Tracked = { start: number; end: number; touched: boolean; gone: boolean }

export type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; start: number; end: number } | { kind: 'move'; start: number; end: number; to: number }

/** A position after deleting [start, end): before stays, inside collapses to start, after shifts back. */
const afterDelete = (position: number, start: number, end: number) => (position < start ? position : position >= end ? position - (end - start) : start)

export function applyEdit(text: string, edit: Edit, ranges: Tracked[]): string {
  if (edit.kind === 'insert') {
    for (const range of ranges) {
      if (edit.at <= range.start) {
        range.start += edit.text.length
        range.end += edit.text.length
      } else if (edit.at < range.end) {
        range.end += edit.text.length
        range.touched = true
      }
    }
    return text.slice(0, edit.at) + edit.text + text.slice(edit.at)
  }
  if (edit.kind === 'delete') {
    for (const range of ranges) {
      if (edit.start < range.end && edit.end > range.start) range.touched = true
      if (edit.start <= range.start && edit.end >= range.end) range.gone = true
      range.start = afterDelete(range.start, edit.start, edit.end)
      range.end = afterDelete(range.end, edit.start, edit.end)
    }
    return text.slice(0, edit.start) + text.slice(edit.end)
  }
  // A move: the block [start, end) goes to `to` (an offset in the text without it).
  const block = text.slice(edit.start, edit.end)
  const rest = text.slice(0, edit.start) + text.slice(edit.end)
  for (const range of ranges) {
    const inside = range.start >= edit.start && range.end <= edit.end
    if (inside) {
      range.start = range.start - edit.start + edit.to
      range.end = range.end - edit.start + edit.to
      continue
    }
    if (range.start < edit.end && range.end > edit.start) range.touched = true
    const start = afterDelete(range.start, edit.start, edit.end)
    const end = afterDelete(range.end, edit.start, edit.end)
    if (start < edit.to && end > edit.to) range.touched = true
    range.start = start >= edit.to ? start + block.length : start
    range.end = end > edit.to ? end + block.length : end
  }
  return rest.slice(0, edit.to) + block + rest.slice(edit.to)
}
