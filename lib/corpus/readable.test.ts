import { describe, expect, it } from 'vitest'

import { readableText } from './readable'

describe('readableText', () => {
  it('reads an English Markdown passage without its link, escape and emphasis syntax', () => {
    const markdown = [
      '## The [Northern Fort](https://example.org/wiki/Northern_Fort) *rebuilt*',
      '',
      'The **garrison** of [Stonebridge](https://example.org/wiki/Stonebridge "Stonebridge") held out\\[1\\] until _spring_.',
      '',
      '  1. A [list item](/wiki/Item) with `code`',
    ].join('\n')
    expect(readableText(markdown, 'markdown')).toBe('The Northern Fort rebuilt\nThe garrison of Stonebridge held out[1] until spring.\nA list item with code')
  })

  it('reads a Chinese Markdown passage the same way', () => {
    const markdown = '[北关](https://example.org/wiki/北关)守军坚守至**次年春**\\[2\\]。\n\n> 见[边地志](https://example.org/b)。'
    const text = readableText(markdown, 'markdown')
    expect(text).toBe('北关守军坚守至次年春[2]。\n见边地志。')
    expect(text).not.toMatch(/\]\(|\\\[|\*\*/)
  })

  it('takes the text of HTML and leaves plain text as it is', () => {
    expect(readableText('<p>The <a href="/wiki/Fort">fort</a> fell.</p><p>Then <b>peace</b>.</p>', 'html')).toBe('The fort fell.\nThen peace.')
    expect(readableText('Plain [1] text *as written*', 'text')).toBe('Plain [1] text *as written*')
  })

  it('detects the format when it is not given', () => {
    expect(readableText('# Title\n\nSee [the fort](https://example.org/fort) and [the river](https://example.org/river).')).toBe('Title\nSee the fort and the river.')
  })

  it('gives a Markdown image its alt text, a table a line per row, a code block its text, and drops raw HTML, rules and link definitions', () => {
    const markdown = [
      '![The east gate][gate] of Kuldja  ',
      'and its walls',
      '',
      '| Year | Men |',
      '| --- | --- |',
      '| 1762 | 3,000 |',
      '',
      '```',
      'raw\tcode',
      '```',
      '',
      '<!-- a comment -->',
      '',
      '---',
      '',
      '[gate]: https://example.org/gate.jpg',
    ].join('\n')
    expect(readableText(markdown, 'markdown')).toBe('The east gate of Kuldja\nand its walls\nYear Men\n1762 3,000\nraw code')
  })

  it('reads HTML tables a line per row, drops scripts and styles, and collapses spaces and tabs', () => {
    const html = '<style>p { color: red }</style><table><tr><td>1762</td><td>3,000</td></tr></table><p>The\t\tfort   fell.<script>track()</script></p><template><p>hidden</p></template>'
    expect(readableText(html, 'html')).toBe('1762 3,000\nThe fort fell.')
  })

  it('leaves angle brackets and Markdown marks in plain text alone', () => {
    expect(readableText('A <b>bold</b> claim, **not** markup', 'text')).toBe('A <b>bold</b> claim, **not** markup')
  })
})
