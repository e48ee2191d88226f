import { describe, expect, it } from 'vitest'

import { parseHeadingDates } from '@/lib/corpus/parse/headingDates'

const range = (text: string) => {
  const dates = parseHeadingDates(text)
  return dates && [dates.start.year, dates.end.year, dates.originalText]
}

describe('parseHeadingDates', () => {
  it('reads a range before the name or after it, in English and Chinese punctuation', () => {
    expect(range('1652–1689: The Amur conflicts')).toEqual([1652, 1689, '1652–1689'])
    expect(range('1658 : Beyond the Amur')).toEqual([1658, 1658, '1658'])
    expect(range('1755年—1757年：平定准噶尔')).toEqual([1755, 1757, '1755年—1757年'])
    expect(range('Albazin (1685–1686)')).toEqual([1685, 1686, '1685–1686'])
    expect(range('伊犁之战（1871年至1881年） ')).toEqual([1871, 1881, '1871年至1881年'])
  })

  it('takes the century of an abbreviated end year from the start', () => {
    expect(range('Albazin (1685–86)')).toEqual([1685, 1686, '1685–86'])
    expect(range('1798–801: A decade')).toEqual([1798, 1801, '1798–801'])
    expect(range('1685–1686–1687: Three years')).toBeNull()
  })

  it('reads no range from a heading without one, a year in the middle, or one that ends before it starts', () => {
    expect(range('Background')).toBeNull()
    expect(range('The treaty of 1689 and after')).toBeNull()
    expect(range('Kuldja (1881–1871)')).toBeNull()
    expect(range('(1871–1881) Kuldja')).toBeNull()
  })
})

describe('parseHeadingDates at its edges', () => {
  it('keeps the spacing inside a range while dropping the brackets and spaces around it', () => {
    expect(range('Albazin ( 1685 – 1686 )')).toEqual([1685, 1686, '1685 – 1686'])
    expect(range('1652 – 1689 : The Amur conflicts')).toEqual([1652, 1689, '1652 – 1689'])
  })
})
