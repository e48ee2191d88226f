import { describe, expect, it } from 'vitest'

import { detectFormat, ImportInputError, parseDocument, PARSE_LIMITS } from './parse'
import { detectLanguage } from './parse/language'
import { markdownNestingDepth } from './parse/limits'
import { nestedListMarkdown } from './syntheticDocuments'

/** The format a document parsed as, or 'no text' when it holds none. */
function parsedOrEmpty(raw: string, fileName: string): string {
  try {
    return parseDocument(raw, { fileName }).format
  } catch (error) {
    if (error instanceof ImportInputError && error.code === 'no-text') return 'no text'
    throw error
  }
}

function refusal(raw: string, fileName: string): ImportInputError {
  try {
    parseDocument(raw, { fileName })
  } catch (error) {
    if (error instanceof ImportInputError) return error
    throw error
  }
  throw new Error(`${fileName} was expected to be refused`)
}

describe('nesting depth', () => {
  it('refuses a 10 KB Markdown list nested 5,000 levels deep, naming the depth limit', () => {
    const document = nestedListMarkdown(5000, 'one-line')
    expect(document.length).toBeGreaterThanOrEqual(10_000)
    const error = refusal(document, 'deep.md')
    expect(error.code).toBe('too-deep')
    expect(error.message).toBe('"deep.md" nests lists, quotations or elements 5,000 levels deep; the nesting depth limit is 100 levels.')
  })

  it('refuses a 1 MB one the same way', () => {
    const document = nestedListMarkdown(5000, 'one-line', 100)
    expect(document.length).toBeGreaterThanOrEqual(1_000_000)
    expect(refusal(document, 'deep.md').message).toContain('the nesting depth limit is 100 levels')
  })

  it('accepts lists nested exactly to the limit and refuses one level more, however they are written', () => {
    const atLimit = parseDocument(nestedListMarkdown(PARSE_LIMITS.maxNestingDepth, 'one-line'), { fileName: 'ok.md' })
    expect(atLimit.sections[0]?.blocks[0]?.kind).toBe('list')
    expect(refusal(nestedListMarkdown(PARSE_LIMITS.maxNestingDepth + 1, 'one-line'), 'over.md').code).toBe('too-deep')
    expect(refusal(nestedListMarkdown(PARSE_LIMITS.maxNestingDepth + 1, 'indented'), 'indented.md').code).toBe('too-deep')
  })

  it('refuses deep quotations, deep emphasis and deep HTML elements', () => {
    expect(refusal(`${'> '.repeat(500)}quoted\n`, 'quotes.md').code).toBe('too-deep')
    expect(refusal(`${'*a _b '.repeat(150)}c${' b_ a*'.repeat(150)}\n`, 'emphasis.md').code).toBe('too-deep')
    expect(refusal(`<html><body>${'<div>'.repeat(5000)}<p>deep</p>${'</div>'.repeat(5000)}</body></html>`, 'deep.html').message).toContain(
      'the nesting depth limit is 100 levels',
    )
  })

  it('counts the containers CommonMark opens, from markers and indentation', () => {
    expect(markdownNestingDepth('- a\n  - b\n    - c\n- d\n')).toBe(3)
    expect(markdownNestingDepth('> > quoted\n>\n1. item\n')).toBe(2)
    expect(markdownNestingDepth('Just a paragraph.\n\nAnother.\n')).toBe(0)
  })
})

describe('line length', () => {
  it('accepts a line at the limit and refuses one character more, naming the line and the limit', () => {
    const line = (length: number) => `Title\n\n${'伊'.repeat(length)}\n`
    expect(parseDocument(line(PARSE_LIMITS.maxLineLength), { fileName: 'ok.txt' }).metadata.title).toBe('Title')
    const error = refusal(line(PARSE_LIMITS.maxLineLength + 1), 'long.md')
    expect(error.code).toBe('line-too-long')
    expect(error.message).toBe('Line 3 of "long.md" is 20,001 characters long; the line length limit is 20,000 characters.')
  })

  it('reads lines made of nothing but link, marker and table syntax without slowing down (patterns run in linear time)', () => {
    for (const piece of ['[', '](', '[a](', '[a]', '](b', '[^', '*_', '- [', '|', '[1', '-{']) {
      const line = piece.repeat(Math.floor(PARSE_LIMITS.maxLineLength / piece.length))
      // The whole-text patterns over a 2 MB document of such lines…
      const document = Array.from({ length: 100 }, () => line).join('\n')
      expect(detectFormat(document, 'hostile.txt')).toBe('text')
      expect(detectLanguage(document)).toBe('en')
      // …and the plain-text parser's line patterns over one of them (a line of this alone holds no text to import).
      expect(parsedOrEmpty(`Hostile\n\n${line}\n`, 'hostile.txt')).toBeTruthy()
    }
  })
})

describe('link count', () => {
  // A lower limit than PARSE_LIMITS.maxLinks keeps the documents small; the counting is the same.
  const limits = { ...PARSE_LIMITS, maxLinks: 50 }
  const links = (count: number) => `# Links\n\n${Array.from({ length: count }, (_, index) => `[p${index}](https://example.org/${index})`).join(' ')}\n`
  const refused = (raw: string, fileName: string) => {
    try {
      parseDocument(raw, { fileName, limits })
    } catch (error) {
      return error as ImportInputError
    }
    throw new Error(`${fileName} was expected to be refused`)
  }

  it('accepts a document with as many links as the limit and refuses one more, naming the limit', () => {
    expect(parseDocument(links(50), { fileName: 'ok.md', limits }).format).toBe('markdown')
    const error = refused(links(51), 'links.md')
    expect(error.code).toBe('too-many-links')
    expect(error.message).toBe('"links.md" has 51 links; the link count limit is 50 links.')
  })

  it('counts HTML links the same way', () => {
    const html = `<html><body><p>${Array.from({ length: 51 }, (_, index) => `<a href="/wiki/P${index}">p</a>`).join(' ')}</p></body></html>`
    expect(refused(html, 'links.html').code).toBe('too-many-links')
  })
})

describe('line lengths and nesting at the edges of a document', () => {
  const limits = { ...PARSE_LIMITS, maxLineLength: 10 }
  const lineRefusal = (raw: string) => {
    try {
      parseDocument(raw, { fileName: 'edge.txt', limits })
    } catch (error) {
      if (error instanceof ImportInputError) return error.message
      throw error
    }
    return null
  }

  it('checks every line, the first blank and the last unterminated, and never the document as one line', () => {
    expect(lineRefusal('\nKuldja\nSuiding\nHuining')).toBeNull()
    expect(lineRefusal('\nKuldja\nA line far too long')).toContain('Line 3 of "edge.txt" is 19 characters long')
  })

  it('counts nesting after a blank first line, through tabs and blank lines', () => {
    expect(markdownNestingDepth('\n- a\n  - b\n')).toBe(2)
    expect(markdownNestingDepth('- a\n\t- b\n')).toBe(2)
    expect(markdownNestingDepth('- a\n  - b\n\n    - c\n')).toBe(3)
  })
})
