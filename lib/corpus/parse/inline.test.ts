import { describe, expect, it } from 'vitest'

import type { Inline } from '@/lib/corpus/tree'
import { inlineText, parseInlineText, pushInline, trimEdges } from './inline'

describe('parseInlineText', () => {
  it('keeps the content of MediaWiki conversion markup, of any length or none, and the first variant of a variant list', () => {
    expect(parseInlineText('-{伊犁}-河与-{}-惠远城，-{zh-hans:伊犁; zh-hant:伊犂;}-将军')).toEqual([{ type: 'text', text: '伊犁河与惠远城，伊犁将军' }])
    expect(parseInlineText('-{Ili; Kuldja}-')).toEqual([{ type: 'text', text: 'Ili; Kuldja' }])
    expect(parseInlineText('-{a|b}-')).toEqual([{ type: 'text', text: '-{a|b}-' }])
  })

  it('splits text at note markers and citation-needed marks', () => {
    expect(parseInlineText('Kuldja[ 3 ] fell[citation needed].')).toEqual([
      { type: 'text', text: 'Kuldja' },
      { type: 'footnoteMarker', number: 3 },
      { type: 'text', text: ' fell' },
      { type: 'citationNeeded' },
      { type: 'text', text: '.' },
    ])
  })
})

describe('pushInline', () => {
  it('merges text into the last text, skips empty text, and keeps other inlines apart', () => {
    const content: Inline[] = []
    pushInline(content, { type: 'text', text: 'Kul' })
    pushInline(content, { type: 'text', text: '' })
    pushInline(content, { type: 'text', text: 'dja' })
    pushInline(content, { type: 'footnoteMarker', number: 1 })
    pushInline(content, { type: 'text', text: '' })
    pushInline(content, { type: 'footnoteMarker', number: 2 })
    pushInline(content, { type: 'text', text: ' fell' })
    expect(content).toEqual([
      { type: 'text', text: 'Kuldja' },
      { type: 'footnoteMarker', number: 1 },
      { type: 'footnoteMarker', number: 2 },
      { type: 'text', text: ' fell' },
    ])
  })
})

describe('trimEdges and inlineText', () => {
  it('trims only the outer edges, dropping text left empty', () => {
    expect(trimEdges([{ type: 'text', text: '  ' }])).toEqual([])
    expect(trimEdges([{ type: 'text', text: ' \n ' }, { type: 'footnoteMarker', number: 1 }, { type: 'text', text: ' a b ' }])).toEqual([
      { type: 'footnoteMarker', number: 1 },
      { type: 'text', text: ' a b' },
    ])
  })

  it('reads links by their label and drops markers', () => {
    expect(inlineText([{ type: 'wikiLink', target: 'Ili River', language: 'en', label: 'Ili' }, { type: 'footnoteMarker', number: 1 }, { type: 'text', text: '  river\t ' }])).toBe('Ili river')
  })
})
