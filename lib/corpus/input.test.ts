import { describe, expect, it } from 'vitest'

import { checkInput, detectFormat, ImportInputError, parseDocument, parseFile } from './parse'

const bytes = (text: string) => new TextEncoder().encode(text)

function inputError(action: () => unknown): ImportInputError {
  try {
    action()
  } catch (error) {
    if (error instanceof ImportInputError) return error
    throw error
  }
  throw new Error('expected an ImportInputError')
}

describe('checkInput', () => {
  it('returns the text of a good file', () => {
    expect(checkInput(bytes('伊犁 Ili\n'), 'ili.txt', 100)).toBe('伊犁 Ili\n')
  })

  it('rejects an empty file', () => {
    const error = inputError(() => checkInput(new Uint8Array(), 'empty.txt', 100))
    expect(error.code).toBe('empty')
    expect(error.message).toContain('"empty.txt" is empty')
    expect(inputError(() => checkInput(bytes(' \n\t\n'), 'blank.md', 100)).code).toBe('empty')
  })

  it('rejects a binary file with NUL or other control bytes', () => {
    const error = inputError(() => checkInput(new Uint8Array([0x48, 0x69, 0x00, 0x21]), 'image.txt', 100))
    expect(error.code).toBe('binary')
    expect(error.message).toContain('0x00 at byte 2')
    expect(inputError(() => checkInput(new Uint8Array([0x48, 0x07]), 'bell.txt', 100)).code).toBe('binary')
  })

  it('rejects bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([0x41, 0x6c, 0x62, 0x61, 0x7a, 0xed, 0x6e]) // "Albazín" in Latin-1
    const error = inputError(() => checkInput(latin1, 'albazin.txt', 100))
    expect(error.code).toBe('invalid-utf8')
    expect(error.message).toContain('not valid UTF-8')
  })

  it('rejects a file over the size limit', () => {
    const error = inputError(() => checkInput(bytes('x'.repeat(101)), 'big.md', 100))
    expect(error.code).toBe('too-large')
    expect(error.message).toContain('101 bytes; the limit is 100 bytes')
  })

  it('rejects unsupported file types', () => {
    for (const name of ['scan.pdf', 'notes.docx', 'README']) {
      const error = inputError(() => checkInput(bytes('text'), name, 100))
      expect(error.code).toBe('unsupported-type')
      expect(error.message).toContain(name)
    }
  })

  it('rejects a document with no text blocks after parsing', () => {
    const headingOnly = inputError(() => parseFile(bytes('## 参见\n\n{{-}}\n'), 'empty-article.md'))
    expect(headingOnly.code).toBe('no-text')
    expect(headingOnly.message).toContain('"empty-article.md" has no paragraphs')
    expect(inputError(() => parseDocument('<html><body><div></div></body></html>', { fileName: 'x.html' })).code).toBe('no-text')
  })

  it('takes a document of one captioned image as text, and names an unnamed document "The document"', () => {
    expect(parseDocument('<html><body><figure><img src="gate.jpg"><figcaption>The east gate</figcaption></figure></body></html>', { fileName: 'gate.html' }).sections).toHaveLength(1)
    expect(inputError(() => parseDocument('## 参见\n\n{{-}}\n', { format: 'markdown' })).message).toBe('"The document" has no paragraphs, lists or other text blocks to import.')
  })
})

describe('detectFormat', () => {
  it('trusts specific extensions', () => {
    expect(detectFormat('plain words', 'a.md')).toBe('markdown')
    expect(detectFormat('plain words', 'a.htm')).toBe('html')
  })

  it('recognizes Markdown and HTML saved as .txt, and leaves pipe tables as text', () => {
    expect(detectFormat('## 历史\n\n[伊犁](../Page/伊犁.md "wikilink")', 'a.txt')).toBe('markdown')
    expect(detectFormat('<!DOCTYPE html><html><body><p>x</p></body></html>', 'a.txt')).toBe('html')
    expect(detectFormat('Title\n| Location | Ili |\n|---|---|\nSome text.[1]', 'a.txt')).toBe('text')
  })
})

describe('checkInput at its edges', () => {
  it('takes the extension after the last dot, in any case, and names the error', () => {
    expect(checkInput(bytes('Ili'), 'notes.v2.MD', 100)).toBe('Ili')
    const error = inputError(() => checkInput(bytes('Ili'), 'notes.md.exe', 100))
    expect([error.name, error.code]).toEqual(['ImportInputError', 'unsupported-type'])
    expect(inputError(() => checkInput(bytes('Ili'), 'notes.md/readme', 100)).code).toBe('unsupported-type')
  })

  it('accepts exactly the size limit, and tab, line feed, form feed and carriage return, and names the first control byte', () => {
    expect(checkInput(bytes('a'.repeat(100)), 'a.txt', 100)).toHaveLength(100)
    expect(checkInput(bytes('a\tb\fc\r\nd'), 'a.txt', 100)).toBe('a\tb\fc\r\nd')
    expect(inputError(() => checkInput(new Uint8Array([0x00, 0x41]), 'a.txt', 100)).message).toContain('the control byte 0x00 at byte 0')
    expect(inputError(() => checkInput(new Uint8Array([0x41, 0x42, 0x0b]), 'a.txt', 100)).message).toContain('the control byte 0x0b at byte 2')
  })
})

describe('detectFormat at its edges', () => {
  it('knows HTML saved as .txt by its doctype or html tag after blank lines, or by a closing block tag alone', () => {
    expect(detectFormat('\n  <!doctype html>\n<body>Plain</body>', 'a.txt')).toBe('html')
    expect(detectFormat('<html lang="zh"><body>伊犁</body></html>', 'a.txt')).toBe('html')
    expect(detectFormat('<htmlish> is not a tag we know', 'a.txt')).toBe('text')
    expect(detectFormat('Notes\n\n<h3>Forts</h3>', 'a.txt')).toBe('html')
  })

  it('knows Markdown by headings written with several spaces after their marks, and not by a hash inside a line', () => {
    expect(detectFormat('#  History\n\n##  Aftermath\n', 'a.txt')).toBe('markdown')
    expect(detectFormat('Issue # 12 and issue # 13 were fixed.\n', 'a.txt')).toBe('text')
  })
})
