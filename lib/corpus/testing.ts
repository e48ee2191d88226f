import { readFileSync } from 'node:fs'

import { parseManifest, type Manifest } from './manifest'
import { parseDocument } from './parse'
import { planImport, type PlanOptions } from './transform/plan'
import type { Block, DocumentTree, Inline } from './tree'
import type { ImportPlan } from './transform/types'

/** The founding documents, by file name without extension. */
export const SEED_NAMES = ['000_e8f54e5b45cb7d45', '001_8c6a53b4ef2ccbc5', '002_9f85a370ea37b4d0', '003_12680766e976591b'] as const

const corpusFile = (name: string) => new URL(`../../corpus/${name}`, import.meta.url)

/** Reads, parses and plans one corpus document the way the import does. */
export function loadSeed(name: (typeof SEED_NAMES)[number]): { raw: string; manifest: Manifest; tree: DocumentTree; plan: ImportPlan } {
  const raw = readFileSync(corpusFile(`${name}.txt`), 'utf8')
  const manifest = parseManifest(JSON.parse(readFileSync(corpusFile(`${name}.json`), 'utf8')))
  const tree = parseDocument(raw, { fileName: `${name}.txt`, language: manifest.language })
  return { raw, manifest, tree, plan: planImport(tree, raw, manifest) }
}

/** Parses and plans a document written for a test, with a manifest or an editor's choices. */
export const planText = (text: string, fileName: string, options?: Manifest | PlanOptions): ImportPlan => planImport(parseDocument(text, { fileName }), text, options)

/** Each flag as an editor reads it in the source view: its kind, marker and the text of the segment it sits on. */
export const flagsOf = (planned: ImportPlan) =>
  planned.source.flags.map((flag) => ({ kind: flag.kind, marker: flag.marker, on: planned.source.segments.find((segment) => segment.segmentId === flag.segmentId)?.text ?? null }))

export const messagesOf = (planned: ImportPlan, kind: string) => planned.source.flags.filter((flag) => flag.kind === kind).map((flag) => flag.message)

/** The work a note was read into. */
export const workOfNote = (planned: ImportPlan, note: number) => planned.citations.find((citation) => citation.noteNumbers.includes(note))

const inlineOutline = (content: readonly Inline[]) =>
  content
    .map((inline) => {
      switch (inline.type) {
        case 'text':
          return inline.text
        case 'footnoteMarker':
          return `[${inline.number}]`
        case 'citationNeeded':
          return '[?]'
        case 'wikiLink':
          return `[[${inline.target}|${inline.label}]]`
        case 'imageRef':
          return `{${inline.fileName}}`
      }
    })
    .join('')

/** Every block of a parsed document, in order, whatever section holds it. */
export const blocksOf = (tree: DocumentTree): Block[] => tree.sections.flatMap((section) => section.blocks)

/**
 * A parsed document as a reader of its outline sees it: one line per block
 * (its kind and its exact text, spacing included), so a test can compare the
 * whole shape at once.
 */
export function outlineOf(tree: DocumentTree): string[] {
  return blocksOf(tree).map((block) => {
      switch (block.kind) {
        case 'heading':
          return `h${block.level} ${block.text}`
        case 'paragraph':
          return `p ${inlineOutline(block.content)}`
        case 'quotation':
          return `q ${inlineOutline(block.content)}`
        case 'caption':
          return `caption ${block.text} {${block.fileName ?? ''}}`
        case 'list':
          return `${block.ordered ? 'ol' : 'ul'} ${block.items.map((item) => `${item.number ?? '-'} ${inlineOutline(item.content)}`).join(' / ')}`
        case 'table':
          return `table ${block.rows.map((row) => row.cells.map(inlineOutline).join(' | ')).join(' / ')}`
        case 'infobox':
          return `infobox ${block.rows.map((row) => `${row.label}: ${row.sides.map(inlineOutline).join(' ‖ ')}`).join(' / ')}`
        case 'noteList':
          return `notes ${block.notes.map((note) => `${note.number} ${inlineOutline(note.content)}`).join(' / ')}`
      }
    })
}
