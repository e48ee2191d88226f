import type { Block, Caption, DocumentMetadata, DocumentTree, Heading, Inline, InfoboxRow, List, ListItem } from '@/lib/corpus/tree'
import { assembleDocument } from './assemble'
import { parseHeadingDates } from './headingDates'
import { infoboxFieldOf, isPerSideField, RESULT_LINE } from './infoboxLabels'
import { inlineText, parseInlineText, pushInline } from './inline'
import { checkLineLength, type ParseGuard } from './limits'
import { parseTableRows, type RawTableRow } from './pipeTable'
import { boundedTitle, chooseTitle, CRUMB_SEPARATOR } from './title'

/**
 * Plain text as wiki mirrors and encyclopedia sites print it: one paragraph
 * per line, headings as short lines, infoboxes flattened to label lines or
 * pipe tables, image captions followed by their file name.
 */

type Line = { text: string; start: number; end: number }
type LineKind = 'blank' | 'bullet' | 'caption' | 'datedHeading' | 'label' | 'numbered' | 'prose' | 'short' | 'table'

/** Lines site chrome adds around an article. */
const BOILERPLATE = /^(?:from wikipedia, the free encyclopedia|last updated|jump to (?:navigation|search)|维基百科，自由的百科全书|維基百科，自由的百科全書)$/i
const IMAGE_FILE = /\s(\S+\.(?:jpe?g|png|gif|svg|tiff?|webp))\s*$/i
const BULLET = /^\s*[•*·–-]\s+/
const NUMBERED = /^\s*(\d{1,3})\.\s+/
const DATED_HEADING = /^\d{3,4}\s*[-–—]\s*\d{2,4}\s*[:：]\s*\S/
const SENTENCE_END = /[.。!?！？,，;；"”」]$/

function splitLines(raw: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const text of raw.split('\n')) {
    const clean = text.endsWith('\r') ? text.slice(0, -1) : text
    lines.push({ text: clean, start, end: start + clean.length })
    start += text.length + 1
  }
  return lines
}

const withoutMarkers = (text: string) => inlineText(parseInlineText(text))
/** A line's length as printed: a Han character is as wide as two Latin ones and says as much as a word. */
const printedLength = (text: string) => text.length + (text.match(/\p{Script=Han}/gu)?.length ?? 0)
function isProse(trimmed: string): boolean {
  const length = printedLength(trimmed)
  return length >= 100 || (length >= 40 && SENTENCE_END.test(trimmed))
}
const isTableLine = (text: string) => /^\s*\|/.test(text) || /\|\s*$/.test(text)
const indentOf = (text: string) => text.length - text.trimStart().length

function classify(text: string): LineKind {
  const trimmed = text.trim()
  if (!trimmed) return 'blank'
  if (isTableLine(text)) return 'table'
  if (IMAGE_FILE.test(trimmed) && trimmed.split(/\s+/).length > 2) return 'caption'
  if (infoboxFieldOf(trimmed)) return 'label'
  if (BULLET.test(text)) return 'bullet'
  if (NUMBERED.test(text)) return 'numbered'
  if (DATED_HEADING.test(trimmed)) return 'datedHeading'
  return isProse(trimmed) ? 'prose' : 'short'
}

/** A short line that reads as a title: capitalized (or CJK), no sentence punctuation. */
const looksLikeHeading = (text: string) => /^[\p{Lu}\p{N}\p{Script=Han}"“]/u.test(text.trim()) && !SENTENCE_END.test(text.trim())

type TitleInfo = { title: string; siteName: null | string; consumed: Set<number>; description: null | string }

/** How many short lines at the top may hold the title (site name, breadcrumbs, title, tagline). */
const HEAD_LINES = 4
/**
 * The title among the short lines at the top, skipping the site's chrome:
 * a breadcrumb trail ("Site - Section - Title") gives its last crumb when that
 * is printed again below; a line printed again among the top lines (mirrors
 * repeat the title under the site's header; a footer repeats the site's name
 * far below) is the title;
 * otherwise the first line whose words the opening text repeats (a site's name
 * is not what the article is about), else the first line. The lines above
 * the title are the site's; every later repetition of them or of the title is dropped.
 */
function findTitle(lines: Line[], kinds: LineKind[]): TitleInfo {
  const filled = kinds.flatMap((kind, index) => (kind === 'blank' ? [] : [index]))
  const first = filled[0] ?? 0
  // Stryker disable next-line OptionalChaining,StringLiteral: every index asked for is a line's own
  const textAt = (index: number) => lines[index]?.text.trim() ?? ''
  const crumbs = textAt(first).split(CRUMB_SEPARATOR)
  // Stryker disable next-line StringLiteral: a split gives at least one part
  const lastCrumb = crumbs.at(-1) ?? ''
  // The trail's own line never equals its last crumb, so the search may start at the top.
  const crumbAt = crumbs.length >= 3 ? lines.findIndex((line) => line.text.trim() === lastCrumb) : -1
  const crumbRepeated = crumbAt >= 0

  const head: number[] = []
  for (const index of filled) {
    const kind = kinds[index]
    if (head.length === HEAD_LINES || (kind !== 'short' && kind !== 'datedHeading' && head.length)) break
    head.push(index)
  }
  const texts = head.map((index) => withoutMarkers(textAt(index)))
  const repeated = texts.findIndex((text, position) => text && texts.includes(text, position + 1))
  const lead = filled.filter((index) => kinds[index] === 'prose').slice(0, 3).map(textAt).join(' ')
  const chosen = crumbRepeated ? 0 : repeated >= 0 ? repeated : chooseTitle(texts, lead)
  // Under a breadcrumb trail the title printed again is the title line: the description follows it.
  const titleLine = crumbRepeated ? crumbAt : (head[chosen] ?? first)
  // Stryker disable next-line StringLiteral: chosen is an index of texts
  const title = boundedTitle(crumbRepeated ? lastCrumb : (texts[chosen] ?? ''))

  const consumed = new Set<number>(head.slice(0, chosen + 1))
  // The site's lines and the title come again as page chrome (a footer, a repeated header): not the article's text.
  const chrome = new Set([title, ...head.slice(0, chosen).map(textAt)])
  lines.forEach((line, index) => {
    if (chrome.has(line.text.trim())) consumed.add(index)
  })
  const next = titleLine + 1
  const nextLine = lines[next]
  const description = nextLine && kinds[next] === 'short' && !consumed.has(next) ? nextLine.text.trim() : null
  if (description !== null) consumed.add(next)
  const siteName = crumbRepeated ? (crumbs[0] ?? null) : chosen > 0 ? (texts[0] ?? null) : null
  return { title, siteName, consumed, description }
}

// Stryker disable next-line OptionalChaining: a block's first and last lines are lines of the text
const span = (lines: Line[], from: number, to: number) => ({ start: lines[from]?.start ?? 0, end: lines[to]?.end ?? 0 })

/** Adds one printed entry to a side, separating entries by a line break. */
function appendEntry(side: Inline[], text: string): void {
  if (side.length) pushInline(side, { type: 'text', text: '\n' })
  for (const inline of parseInlineText(text.replace(BULLET, ''))) pushInline(side, inline)
}

/**
 * Rows of a pipe table read as an infobox: header and caption rows are
 * unlabelled; in a two-column table the first cell labels the second; in a
 * wider one a row holding only a label is followed by the row of its values,
 * one cell per side.
 */
function tableInfoboxRows(rows: RawTableRow[]): InfoboxRow[] {
  const result: InfoboxRow[] = []
  let pending: InfoboxRow | null = null
  for (const row of rows) {
    const cells = row.cells.map((cell) => cell.trim())
    while (cells.length && !cells.at(-1)) cells.pop()
    const own = { start: row.start, end: row.end }
    const [first = '', ...rest] = cells
    if (pending) {
      result.push({ ...pending, end: row.end, sides: cells.map((cell) => parseInlineText(cell)) })
      pending = null
    } else if (row.header || (cells.length === 1 && !infoboxFieldOf(first) && (row.columns > 2 || first.length > 30))) {
      if (first) result.push({ ...own, label: '', sides: [parseInlineText(first)] })
    } else if (row.columns > 2 && cells.length === 1) {
      pending = { ...own, label: first, sides: [] }
    } else if (cells.length) {
      // A row with an empty first cell continues the values above it: kept as an unlabelled row, not dropped.
      result.push({ ...own, label: first, sides: rest.map((cell) => parseInlineText(cell)) })
    }
  }
  if (pending) result.push(pending)
  return result
}

/**
 * The infobox zone: from the first label or table line, back over the short
 * lines above it (result line, image caption) and forward until prose, a
 * captioned image or a heading starts.
 */
function infoboxZone(lines: Line[], kinds: LineKind[], consumed: Set<number>): [number, number] | null {
  // The title is never part of it, even when it reads like a label ("Casualties").
  const anchor = kinds.findIndex((kind, index) => (kind === 'label' || kind === 'table') && !consumed.has(index))
  // Stryker disable next-line ConditionalExpression,EqualityOperator: without an anchor the zone below holds no label; line 0 is blank or the title
  if (anchor < 0) return null
  let from = anchor
  // Stryker disable next-line ArithmeticOperator,ConditionalExpression,EqualityOperator: the walk back always stops at the title line, which is consumed
  for (let index = anchor - 1; index >= 0 && !consumed.has(index); index--) {
    const kind = kinds[index]
    if (kind === 'prose' || kind === 'caption' || kind === 'datedHeading') break
    if (kind !== 'blank') from = index
  }
  let to = anchor
  for (let index = anchor + 1; index < lines.length; index++) {
    const kind = kinds[index]
    if (kind === 'prose' || kind === 'caption' || kind === 'datedHeading' || kind === 'numbered') break
    // A heading over the text ends the infobox; the line under a label is that label's value, however it reads.
    const nextFilled = kinds.slice(index + 1).find((next) => next !== 'blank')
    // Stryker disable next-line OptionalChaining,StringLiteral: index is below lines.length
    if (kind === 'short' && kinds[to] !== 'label' && nextFilled === 'prose' && looksLikeHeading(lines[index]?.text ?? '')) break
    if (kind !== 'blank') to = index
  }
  // A label line, or a table row with a label cell.
  const labelled = lines.slice(from, to + 1).some((line) => line.text.split('|').some((cell) => infoboxFieldOf(cell)))
  return labelled ? [from, to] : null
}

function infoboxRows(lines: Line[], kinds: LineKind[], consumed: Set<number>, from: number, to: number): InfoboxRow[] {
  const rows: InfoboxRow[] = []
  let current: InfoboxRow | null = null
  // Stryker disable next-line BooleanLiteral: the first entry of a row always starts a side, whatever came before
  let sideIsList = false
  for (let index = from; index <= to; index++) {
    const line = lines[index]
    const kind = kinds[index]
    if (!line || kind === 'blank' || consumed.has(index)) continue
    if (kind === 'table') {
      let last = index
      while (kinds[last + 1] === 'table') last++
      rows.push(...tableInfoboxRows(parseTableRows(lines.slice(index, last + 1))))
      current = null
      index = last
      continue
    }
    const text = line.text.trim()
    if (kind === 'label') {
      current = { start: line.start, end: line.end, label: text, sides: [] }
      rows.push(current)
      continue
    }
    if (!current || !current.label) {
      current = { start: line.start, end: line.end, label: RESULT_LINE.test(text) ? 'Result' : '', sides: [] }
      rows.push(current)
    }
    // Flattened per-side columns: a run of bullets is one side's list; each unbulleted line is a side of its own.
    const bullet = kind === 'bullet'
    const side = current.sides.at(-1)
    if (side && ((bullet && sideIsList) || !isPerSideField(infoboxFieldOf(current.label)))) appendEntry(side, text)
    else {
      const newSide: Inline[] = []
      appendEntry(newSide, text)
      current.sides.push(newSide)
    }
    sideIsList = bullet
    current.end = line.end
  }
  return rows
}

function listBlock(run: Line[], ordered: boolean): List {
  const marker = ordered ? NUMBERED : BULLET
  const items: ListItem[] = run.map((line) => ({
    start: line.start + indentOf(line.text),
    end: line.end,
    depth: 0,
    // Stryker disable next-line OptionalChaining: a numbered line matches NUMBERED by its kind
    number: ordered ? Number(NUMBERED.exec(line.text)?.[1]) : null,
    content: parseInlineText(line.text.replace(marker, '').trim()),
  }))
  // Stryker disable next-line OptionalChaining,LogicalOperator: a run holds at least its first line
  return { kind: 'list', ordered, start: items[0]?.start ?? 0, end: items.at(-1)?.end ?? 0, items }
}

function captionBlock(lines: Line[], index: number, line: Line, consumed: Set<number>): Caption {
  // Stryker disable next-line OptionalChaining: a caption line matches IMAGE_FILE by its kind
  const fileName = IMAGE_FILE.exec(line.text)?.[1] ?? null
  const text = line.text.replace(IMAGE_FILE, '').trim()
  const caption: Caption = { kind: 'caption', start: line.start + indentOf(line.text), end: line.end, text, fileName }
  // Mirrors print the caption a second time without the file name, within the next two lines; that copy is the same caption.
  const following = lines.slice(index + 1, index + 3)
  const copyAt = following.findIndex((candidate) => candidate.text.trim())
  const copy = following[copyAt]
  if (copy?.text.trim() !== text) return caption
  consumed.add(index + 1 + copyAt)
  return { ...caption, end: copy.end }
}

export function parseText(raw: string, language: string, guard: ParseGuard): DocumentTree {
  checkLineLength(raw, guard.fileName, guard.limits)
  const lines = splitLines(raw)
  const kinds = lines.map((line) => (BOILERPLATE.test(line.text.trim()) ? 'blank' : classify(line.text)))
  const { title, siteName, consumed, description } = findTitle(lines, kinds)
  const zone = infoboxZone(lines, kinds, consumed)
  // A short last line is a signature or a footer, not a heading over nothing.
  const lastFilled = kinds.findLastIndex((kind) => kind !== 'blank')
  const blocks: Block[] = []
  // Stryker disable next-line EqualityOperator: a line past the end is skipped as missing
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const kind = kinds[index]
    if (!line || kind === 'blank' || consumed.has(index)) continue
    if (zone && index === zone[0]) {
      // The zone's first label or table line is never consumed, so it always gives a row.
      blocks.push({ kind: 'infobox', ...span(lines, zone[0], zone[1]), rows: infoboxRows(lines, kinds, consumed, zone[0], zone[1]) })
      index = zone[1]
      continue
    }
    const text = line.text.trim()
    const own = { start: line.start + indentOf(line.text), end: line.end }
    if (kind === 'caption') blocks.push(captionBlock(lines, index, line, consumed))
    else if (kind === 'bullet' || kind === 'numbered') {
      let last = index
      while (kinds[last + 1] === kind) last++
      blocks.push(listBlock(lines.slice(index, last + 1), kind === 'numbered'))
      index = last
    } else if (kind === 'table') {
      let last = index
      while (kinds[last + 1] === 'table') last++
      const rows = parseTableRows(lines.slice(index, last + 1)).map((row) => ({ start: row.start, end: row.end, cells: row.cells.map((cell) => parseInlineText(cell.trim())) }))
      blocks.push({ kind: 'table', ...span(lines, index, last), rows })
      index = last
    } else if (kind === 'datedHeading' || (kind === 'short' && looksLikeHeading(text) && index < lastFilled)) {
      const headingText = withoutMarkers(text)
      const heading: Heading = { kind: 'heading', ...own, level: 2, text: headingText, dates: parseHeadingDates(headingText) }
      blocks.push(heading)
    } else if (/^["“「]/.test(text) && /["”」]/.test(text.slice(1))) {
      blocks.push({ kind: 'quotation', ...own, content: parseInlineText(text) })
    } else {
      blocks.push({ kind: 'paragraph', ...own, content: parseInlineText(text) })
    }
  }
  const metadata: DocumentMetadata = { title, language, description, siteName, categories: [] }
  return assembleDocument('text', metadata, blocks, true)
}
