import type { Block, DocumentFormat, DocumentMetadata, DocumentTree, Inline, List, Note, NoteList, Section, SectionRole } from '@/lib/corpus/tree'
import { inlineText, markersIn } from './inline'

const ROLE_HEADINGS: [SectionRole, RegExp][] = [
  ['see-also', /^(?:see also|external links|参见|參見|相关条目|相關條目|另见|另見|外部链接|外部連結)$/i],
  ['related', /^(?:related (?:research )?articles)$/i],
  ['notes', /^(?:notes|references|footnotes|citations|参考文献|參考文獻|参考资料|參考資料|注释|註釋|脚注|腳註|引用|注解)$/i],
  ['bibliography', /^(?:works cited|bibliography|sources|further reading|来源|來源|书目|書目|参考书目|參考書目|延伸阅读|延伸閱讀)$/i],
]

const roleOfHeading = (text: string): SectionRole | null => ROLE_HEADINGS.find(([, pattern]) => pattern.test(text.trim()))?.[0] ?? null

/** The inline content a block carries, for finding its footnote markers. */
export function inlinesOf(block: Block): Inline[][] {
  switch (block.kind) {
    case 'paragraph':
    case 'quotation':
      return [block.content]
    case 'list':
      return block.items.map((item) => item.content)
    case 'infobox':
      return block.rows.flatMap((row) => row.sides)
    case 'table':
      return block.rows.flatMap((row) => row.cells)
    case 'noteList':
      return block.notes.map((note) => note.content)
    case 'caption':
    case 'heading':
      return []
  }
}

/**
 * Backlink labels a reused note prints before its text: "1 2 3 …" or "a b c …",
 * always counting up from the first label, at least two of them.
 */
function splitBacklinks(text: string): { backlinks: string[]; rest: string } {
  const match = /^\^?\s*((?:(?:\d{1,3}|[a-z])\s+){2,})/.exec(text)
  if (!match?.[1]) return { backlinks: [], rest: text }
  const labels = match[1].trim().split(/\s+/)
  const expected = (index: number) => (/\d/.test(labels[0] ?? '') ? String(index + 1) : String.fromCharCode(97 + index))
  let count = 0
  while (count < labels.length && labels[count] === expected(count)) count++
  if (count < 2) return { backlinks: [], rest: text }
  const consumed = new RegExp(`^\\^?\\s*(?:\\S+\\s+){${count}}`).exec(text)?.[0] ?? ''
  return { backlinks: labels.slice(0, count), rest: text.slice(consumed.length) }
}

function toNote(item: List['items'][number], index: number): Note {
  const [first, ...others] = item.content
  const { backlinks, rest } = first?.type === 'text' ? splitBacklinks(first.text) : { backlinks: [], rest: '' }
  const content: Inline[] = backlinks.length ? [{ type: 'text', text: rest }, ...others] : item.content
  return { start: item.start, end: item.end, number: item.number ?? index + 1, content, text: inlineText(content), backlinks }
}

/**
 * The note list is the first ordered list numbered from 1 that follows every
 * footnote marker: wiki renderings print it after the text (and often after
 * see-also lists and categories), with or without a heading.
 */
function promoteNoteList(blocks: Block[]): Block[] {
  const lastCiting = blocks.findLastIndex((block) => inlinesOf(block).some((content) => markersIn(content).length > 0))
  if (lastCiting < 0) return blocks
  const listIndex = blocks.findIndex((block, index) => index > lastCiting && block.kind === 'list' && block.ordered && block.items[0]?.number === 1)
  const list = blocks[listIndex]
  if (!list || list.kind !== 'list') return blocks
  const noteList: NoteList = { kind: 'noteList', start: list.start, end: list.end, notes: list.items.map(toNote) }
  return blocks.map((block, index) => (index === listIndex ? noteList : block))
}

/**
 * Cuts the flat block sequence into sections by its headings and marks back
 * matter by the conventional heading names. When heading levels were guessed
 * (plain text), headings inside back matter are taken as its subsections.
 */
function sectionsOf(blocks: Block[], inferredHeadingLevels: boolean): Section[] {
  const sections: Section[] = [{ headingPath: [], role: 'body', blocks: [] }]
  const path: { level: number; text: string; role: SectionRole }[] = []
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      sections.at(-1)?.blocks.push(block)
      continue
    }
    const ownRole = roleOfHeading(block.text)
    const backMatter = path.find((entry) => entry.role !== 'body')
    const heading = inferredHeadingLevels && backMatter && !ownRole && block.level <= backMatter.level ? { ...block, level: backMatter.level + 1 } : block
    while ((path.at(-1)?.level ?? 0) >= heading.level) path.pop()
    const role = ownRole ?? path.at(-1)?.role ?? 'body'
    path.push({ level: heading.level, text: heading.text, role })
    sections.push({ headingPath: path.map((entry) => entry.text), role, blocks: [heading] })
  }
  return sections.filter((section, index) => index > 0 || section.blocks.length > 0)
}

export function assembleDocument(format: DocumentFormat, metadata: DocumentMetadata, blocks: Block[], inferredHeadingLevels: boolean): DocumentTree {
  return { format, metadata, sections: sectionsOf(promoteNoteList(blocks), inferredHeadingLevels) }
}
