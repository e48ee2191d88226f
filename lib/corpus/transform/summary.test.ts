import { describe, expect, it } from 'vitest'

import { summaryOf } from './summary'
import type { BodyNode } from './types'

const paragraph = (...parts: (string | 'cite')[]): BodyNode => ({
  type: 'paragraph',
  children: parts.map((part) => (part === 'cite' ? { type: 'cite' as const, citationKey: 'w1', locator: null, quote: null } : { type: 'text' as const, text: part })),
})

describe('summaryOf', () => {
  it('takes the whole sentences of the first paragraph that fit, without footnote markers', () => {
    const long = 'The fort on the river was rebuilt in the spring of the following year by the same garrison. '.repeat(3)
    const body: BodyNode[] = [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Background' }] }, paragraph('The siege lasted two winters.', 'cite', ' It ended in a treaty. ', long), paragraph('Second paragraph.')]
    const summary = summaryOf(body, 'en')!
    expect(summary.startsWith('The siege lasted two winters. It ended in a treaty.')).toBe(true)
    expect(summary.length).toBeLessThanOrEqual(320)
    expect(summary).not.toContain('Second paragraph')
    expect(summary.endsWith('.')).toBe(true)
  })

  it('splits Chinese sentences at 。 and cuts an overlong one at a character with an ellipsis', () => {
    expect(summaryOf([paragraph('城堡于次年春天重建。守军仍为原班人马。')], 'zh')).toBe('城堡于次年春天重建。守军仍为原班人马。')
    const overlong = summaryOf([paragraph('边'.repeat(400))], 'zh')!
    expect(overlong).toBe(`${'边'.repeat(320)}…`)
  })

  it('cuts an overlong English sentence at a word boundary', () => {
    const summary = summaryOf([paragraph(`${'frontier '.repeat(60)}end.`)], 'en')!
    expect(summary.endsWith('frontier…')).toBe(true)
  })

  it('cuts at the last whole word that fits, dropping the comma before the ellipsis and keeping those inside', () => {
    expect(summaryOf([paragraph(`${'frontier '.repeat(60)}end.`)], 'en')).toBe(`${Array(35).fill('frontier').join(' ')}…`)
    expect(summaryOf([paragraph(`${'Ili, '.repeat(100)}end.`)], 'en')).toBe(`${Array(64).fill('Ili').join(', ')}…`)
  })

  it('keeps a first paragraph of exactly the length whole, and adds a sentence that ends exactly at it', () => {
    const exact = `${'a'.repeat(319)}.`
    expect(exact.length).toBe(320)
    expect(summaryOf([paragraph(` ${exact} `)], 'en')).toBe(exact)
    // Capitals after each full stop, so that each is a sentence of its own.
    const first = `B${'b'.repeat(149)}. `
    const second = `C${'c'.repeat(166)}.`
    expect((first + second).length).toBe(320)
    expect(summaryOf([paragraph(first, 'cite', second, ' More words after it.')], 'en')).toBe(first + second)
  })

  it('reads the paragraph as one line of text, its line breaks and runs of space folded', () => {
    expect(summaryOf([paragraph('The siege\nlasted   two', 'cite', ' winters.')], 'en')).toBe('The siege lasted two winters.')
  })

  it('skips a first paragraph that holds only a footnote marker', () => {
    expect(summaryOf([paragraph(' ', 'cite', ' '), paragraph('The siege lasted two winters.')], 'en')).toBe('The siege lasted two winters.')
  })

  it('gives nothing for a body without paragraphs', () => {
    expect(summaryOf([{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Only a heading' }] }], 'en')).toBeNull()
  })
})
