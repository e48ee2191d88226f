import { relationId, type EditorState, type LexicalNode } from '@/lib/richtext/walk'

/** What a passage still lacks. */
export type NeedKind = 'uncited-paragraph' | 'citation-needed' | 'dangling-citation' | 'empty-note'

/** One block of text a reader reads as a unit (paragraph, quotation, list item, heading) and what cites it. */
export type Passage = {
  /** Index of the top-level block it sits in: the editor's anchor (`?passage=`). */
  block: number
  kind: 'heading' | 'listitem' | 'paragraph' | 'quote'
  text: string
  /** Works its inline citations point at (ids as strings), in order. */
  works: string[]
  /** Those citations with their locators and the passage's words before each (what "Where cited" quotes). */
  cites: { work: string; locator: null | string; locatorType: null | string; before: string }[]
  /** Inline citations with no work chosen. */
  emptyCites: number
  /** Text before each "citation needed" marker (the claim it flags), with the marker's reason if any. */
  needed: { before: string; reason: null | string }[]
}

const TEXT_BLOCKS = new Set(['paragraph', 'quote', 'heading', 'listitem'])

function readPassage(node: LexicalNode, block: number): Passage {
  const passage: Passage = { block, kind: node.type as Passage['kind'], text: '', works: [], cites: [], emptyCites: 0, needed: [] }
  const parts: string[] = []
  const visit = (child: LexicalNode) => {
    if (child.type === 'inlineBlock') {
      const fields = child.fields ?? {}
      if (fields.blockType === 'cite') {
        const work = relationId(fields.citation)
        const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
        if (work) {
          passage.works.push(work)
          passage.cites.push({ work, locator: text(fields.locator), locatorType: text(fields.locatorType), before: parts.join('') })
        } else passage.emptyCites++
      } else if (fields.blockType === 'citationNeeded') {
        const reason = typeof fields.reason === 'string' && fields.reason.trim() ? fields.reason.trim() : null
        passage.needed.push({ before: parts.join(''), reason })
      }
      return
    }
    if (child.type === 'linebreak') parts.push(' ')
    if (child.text) parts.push(child.text)
    // A nested list belongs to its own list items, read separately.
    if (child.children) for (const grandchild of child.children) if (grandchild.type !== 'list') visit(grandchild)
  }
  if (node.children) for (const child of node.children) if (child.type !== 'list') visit(child)
  const joined = parts.length === 1 ? parts[0]! : parts.join('')
  // Most passages have no runs of spacing to fold: the test is cheaper than the replacement.
  passage.text = (/\s\s|[\t\n\r]/.test(joined) ? joined.replace(/\s+/g, ' ') : joined).trim()
  return passage
}

/** Every text passage of a rich-text body in reading order, list items (nested too) one by one. */
export function passagesOf(state: EditorState): Passage[] {
  const found: Passage[] = []
  const collect = (node: LexicalNode, block: number) => {
    if (TEXT_BLOCKS.has(node.type)) found.push(readPassage(node, block))
    for (const child of node.children ?? []) if (child.type === 'list' || child.type === 'listitem') collect(child, block)
  }
  ;(state?.root?.children ?? []).forEach((node, block) => collect(node, block))
  return found
}

/** The claim a "citation needed" marker flags: the last sentence before it (or the text after, at a paragraph's start). */
export function claimBefore(before: string, whole: string): string {
  const text = before.trim() || whole
  const sentences = text.split(/(?<=[.!?。！？])\s*/u).filter((sentence) => sentence.trim())
  return (sentences.at(-1) ?? text).trim()
}

/**
 * What each passage still needs, with `workExists` telling a citation to a work
 * that was deleted from one that stands. A paragraph or quotation needs a
 * source when no citation in it points at a work; a "citation needed" marker
 * needs one wherever it is; a citation with no work (or a deleted one) is a
 * footnote marker with nothing behind it.
 */
export function needsOf(passage: Passage, workExists: (id: string) => boolean = () => true): { kind: NeedKind; text: string }[] {
  const needs: { kind: NeedKind; text: string }[] = []
  const dangling = passage.emptyCites + passage.works.filter((work) => !workExists(work)).length
  const cited = passage.works.some(workExists)
  for (const marker of passage.needed) needs.push({ kind: 'citation-needed', text: marker.reason ? `${claimBefore(marker.before, passage.text)} — ${marker.reason}` : claimBefore(marker.before, passage.text) })
  for (let index = 0; index < dangling; index++) needs.push({ kind: 'dangling-citation', text: passage.text })
  if (!cited && !dangling && !passage.needed.length && passage.text && (passage.kind === 'paragraph' || passage.kind === 'quote')) needs.push({ kind: 'uncited-paragraph', text: passage.text })
  return needs
}

/** How many things in a body still need a source (what the articles list shows per locale). */
export function countNeeds(state: EditorState): number {
  return passagesOf(state).reduce((sum, passage) => sum + needsOf(passage).length, 0)
}

/**
 * A passage's words reduced to letters and digits (footnote markers, Markdown
 * link targets, escapes, punctuation and spacing gone), so the text a source
 * segment holds and the text its article paragraph holds compare equal.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\\?\[\s*\d+\s*\\?\]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}
