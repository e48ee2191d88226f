import { describe, expect, it } from 'vitest'

import type { Block, DocumentMetadata, Inline, List } from '@/lib/corpus/tree'
import { assembleDocument } from './assemble'
import { parseDocument } from './index'

/** How the flat blocks of any format become sections, and which list is the note list. */

const METADATA: DocumentMetadata = { title: 'T', language: 'en', description: null, siteName: null, categories: [] }
const text = (value: string): Inline => ({ type: 'text', text: value })
const marker = (number: number): Inline => ({ type: 'footnoteMarker', number })
const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', start: 0, end: 0, content })
const heading = (value: string, level = 2): Block => ({ kind: 'heading', start: 0, end: 0, level, text: value, dates: null })
const list = (ordered: boolean, items: string[], first = 1): List => ({
  kind: 'list',
  start: 0,
  end: 0,
  ordered,
  items: items.map((item, index) => ({ start: 0, end: 0, depth: 0, number: ordered ? first + index : null, content: [text(item)] })),
})
const assemble = (blocks: Block[], inferredHeadingLevels = false) => assembleDocument('text', METADATA, blocks, inferredHeadingLevels)
const notesOf = (blocks: Block[]) => assemble(blocks).sections.flatMap((section) => section.blocks).flatMap((block) => (block.kind === 'noteList' ? block.notes : []))

describe('the note list', () => {
  it('is the first ordered list numbered from 1 after the last footnote marker', () => {
    const blocks = [list(true, ['Step one']), paragraph(text('The fort fell.'), marker(1)), list(false, ['See also']), list(true, ['Later'], 2), list(true, ['Smith 1990.', 'Brown 2001.']), list(true, ['Other'])]
    const kinds = assemble(blocks).sections.flatMap((section) => section.blocks.map((block) => block.kind))
    expect(kinds).toEqual(['list', 'paragraph', 'list', 'list', 'noteList', 'list'])
    expect(notesOf(blocks).map((note) => [note.number, note.text])).toEqual([
      [1, 'Smith 1990.'],
      [2, 'Brown 2001.'],
    ])
  })

  it('is not there without footnote markers, nor when no ordered list from 1 follows them', () => {
    expect(notesOf([list(true, ['Smith 1990.']), paragraph(text('No markers.'))])).toEqual([])
    expect(notesOf([list(true, ['Smith 1990.']), paragraph(text('Cited.'), marker(1))])).toEqual([])
    expect(notesOf([paragraph(text('Cited.'), marker(1)), list(true, [])])).toEqual([])
  })

  it('reads the reuse labels a note carries before its text: numbers or letters counting up from the first, at least two', () => {
    const labelled = (...items: string[]) => notesOf([paragraph(text('Cited.'), marker(1)), list(true, items)]).map((note) => [note.backlinks, note.text])
    const eleven = Array.from({ length: 11 }, (_, index) => String(index + 1))
    expect(labelled('1 2 3 Smith 1990.', '^ a b Brown 2001.', `${eleven.join(' ')} Lee 1985.`, '1  2\tWhite 1999.')).toEqual([
      [['1', '2', '3'], 'Smith 1990.'],
      [['a', 'b'], 'Brown 2001.'],
      [eleven, 'Lee 1985.'],
      [['1', '2'], 'White 1999.'],
    ])
    expect(labelled('1 3 Smith 1990.', '2 3 Brown 2001.', 'a c Lee.', '1 2 4 White 1999.', 'a Short note.')).toEqual([
      [[], '1 3 Smith 1990.'],
      [[], '2 3 Brown 2001.'],
      [[], 'a c Lee.'],
      [['1', '2'], '4 White 1999.'],
      [[], 'a Short note.'],
    ])
  })

  it('numbers a note by its item, or by its place when the item has no number', () => {
    const unnumbered: List = { ...list(true, ['Smith.', 'Brown.']), items: list(true, ['Smith.', 'Brown.']).items.map((item) => ({ ...item, number: null })) }
    unnumbered.items[0]!.number = 1
    expect(notesOf([paragraph(text('Cited.'), marker(1)), unnumbered]).map((note) => note.number)).toEqual([1, 2])
  })
})

describe('sections', () => {
  it('cuts the blocks at headings, with the path of headings above, and leaves out an empty lead', () => {
    const tree = assemble([heading('Background'), paragraph(text('a')), heading('Forts', 3), paragraph(text('b')), heading('Aftermath'), paragraph(text('c'))])
    expect(tree.sections.map((section) => [section.headingPath, section.role, section.blocks.length])).toEqual([
      [['Background'], 'body', 2],
      [['Background', 'Forts'], 'body', 2],
      [['Aftermath'], 'body', 2],
    ])
    expect(assemble([paragraph(text('lead')), heading('Background')]).sections.map((section) => section.headingPath)).toEqual([[], ['Background']])
  })

  it('takes a heading under back matter as its subsection when levels were guessed, unless it names a role of its own', () => {
    const blocks = [paragraph(text('a')), heading('References'), heading('Books'), paragraph(text('Smith.')), heading('See also'), heading('Kuldja')]
    expect(assemble(blocks, true).sections.map((section) => [section.headingPath.join(' > '), section.role])).toEqual([
      ['', 'body'],
      ['References', 'notes'],
      ['References > Books', 'notes'],
      ['See also', 'see-also'],
      ['See also > Kuldja', 'see-also'],
    ])
    expect(assemble(blocks, false).sections.map((section) => section.role)).toEqual(['body', 'notes', 'body', 'see-also', 'body'])
  })

  it('knows back matter by its English and Chinese names', () => {
    const roles = (name: string) => assemble([heading(name)]).sections[0]?.role
    expect(['Notes', 'Works cited', 'Related research articles', 'External links', '参考文献', '延伸阅读', '外部链接'].map(roles)).toEqual([
      'notes',
      'bibliography',
      'related',
      'see-also',
      'notes',
      'bibliography',
      'see-also',
    ])
  })
})

describe('a document of notes only', () => {
  it('has text to import', () => {
    expect(parseDocument('# Notes on Kuldja\n\n[^1]: Smith 1990, p. 4.\n', { fileName: 'notes.md' }).sections.flatMap((section) => section.blocks.map((block) => block.kind))).toEqual(['noteList'])
  })
})
