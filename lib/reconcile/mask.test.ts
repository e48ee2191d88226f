import { describe, expect, it } from 'vitest'

import { maskMarkup } from './mask'

/** What the checks read: the masked text with runs of blanks shown as one space. */
const prose = (text: string) => maskMarkup(text).replace(/ +/g, ' ').trim()

describe('maskMarkup', () => {
  it('keeps every offset: the masked text is as long as the original and keeps its line breaks', () => {
    const text = '## The [treaty](https://example.org/t "Treaty") of **1864**\n> quoted<sup>1</sup> line[2]'
    const masked = maskMarkup(text)
    expect(masked).toHaveLength(text.length)
    expect(masked.indexOf('\n')).toBe(text.indexOf('\n'))
    expect(masked.indexOf('treaty')).toBe(text.indexOf('treaty'))
    expect(masked.indexOf('1864')).toBe(text.indexOf('1864'))
  })

  it('keeps a link’s words and drops its target and title, for links and images', () => {
    expect(prose('See [the treaty text](https://example.org/treaty "The 1864 text") for details.')).toBe('See the treaty text for details.')
    expect(prose('A map ![of the border](maps/border.png) follows.')).toBe('A map of the border follows.')
    expect(prose('The [archive](https://example.org/a_(1860)) holds it.')).toBe('The archive holds it.')
  })

  it('leaves brackets that are not links as prose', () => {
    expect(prose('The envoy [sent by the court] arrived (late).')).toBe('The envoy [sent by the court] arrived (late).')
    expect(prose('The figure [1,000 men] is doubtful.')).toBe('The figure [1,000 men] is doubtful.')
  })

  it('drops footnote markers and bracketed editorial notes in both languages', () => {
    expect(prose('The garrison held[3] until spring\\[12\\].')).toBe('The garrison held until spring .')
    expect(prose('The count was high [note: see the archive] that year.')).toBe('The count was high that year.')
    expect(prose('The count was high [citation needed] that year.')).toBe('The count was high that year.')
    expect(prose('驻军坚守[注一]至春[需要引用]。')).toBe('驻军坚守 至春 。')
    expect(prose('A four-digit bracket [1864] stays.')).toBe('A four-digit bracket [1864] stays.')
  })

  it('drops HTML tags but keeps the words between them', () => {
    expect(prose('The <em>karun</em> posts<br/> held.')).toBe('The karun posts held.')
    expect(prose('Troops < 500 and > 300 marched.')).toBe('Troops < 500 and > 300 marched.')
  })

  it('drops bare URLs, with an opening bracket before them', () => {
    expect(prose('Source: https://example.org/page?id=1864 and more.')).toBe('Source: and more.')
    expect(prose('Scanned (http://example.org/scan) copy.')).toBe('Scanned copy.')
  })

  it('drops emphasis marks, heading hashes and quotation marks at line starts only', () => {
    expect(prose('The **second** treaty __was__ signed.')).toBe('The second treaty was signed.')
    expect(prose('### Heading\n> A quotation\nA # in the middle and a > sign.')).toBe('Heading\n A quotation\nA # in the middle and a > sign.')
    expect(prose('#hashtag stays')).toBe('#hashtag stays')
  })
})
