import { describe, expect, it } from 'vitest'

import { locateQuote } from './locate'

const SEGMENT = 'In 1February 864 the garrison repaired the walls? and sent word to the [governor](https://wiki.test/governor).'
const start = SEGMENT.indexOf('?')

describe('locateQuote', () => {
  it('finds the quote in the paragraph drafted from the segment, not in another that has it too', () => {
    const blocks = ['Why did the fort fall? Nobody knows.', 'In 1February 864 the garrison repaired the walls? and sent word to the governor.']
    expect(locateQuote(blocks, SEGMENT, start, start + 1)).toEqual({ found: { block: 1, start, end: start + 1 } })
  })

  it('finds it after the editor changed the paragraph around it', () => {
    const edited = 'In February 1864 the whole garrison repaired the walls? and then sent word to the governor.'
    const result = locateQuote(['Other text entirely about the river.', edited], SEGMENT, start, start + 1)
    expect(result).toEqual({ found: { block: 1, start: edited.indexOf('?'), end: edited.indexOf('?') + 1 } })
  })

  it('picks the occurrence whose surroundings match', () => {
    const segment = 'The walls? fell, and the gate? held.'
    const at = segment.lastIndexOf('?')
    expect(locateQuote([segment], segment, at, at + 1)).toEqual({ found: { block: 0, start: at, end: at + 1 } })
  })

  it('says why when the quote is gone from the paragraph', () => {
    const result = locateQuote(['In 1February 864 the garrison repaired the walls and sent word to the governor.'], SEGMENT, start, start + 1)
    expect(result).toEqual({ reason: expect.stringContaining('not in the article') })
  })

  it('does not take a paragraph that merely contains the quote', () => {
    expect(locateQuote(['A question? Of course.'], SEGMENT, start, start + 1)).toHaveProperty('reason')
  })

  it('finds Chinese text', () => {
    const segment = '同治三年（1870年），守军修缮了城墙。'
    const at = segment.indexOf('1870')
    expect(locateQuote(['别的段落。', '同治三年（1870年），守军修缮了城墙。'], segment, at, at + 4)).toEqual({ found: { block: 1, start: at, end: at + 4 } })
  })
})
