import { beforeEach, describe, expect, it } from 'vitest'

import { planText as plan, workOfNote } from './testing'
import type { ImportPlan } from './transform/types'

/** Documents written for this test: short notes of every kind beside the full references they point at. */
const ENGLISH = `# The Argun Posts

The posts on the Argun were built in the 1720s. \\[1\\]

Their garrisons were Cossacks from Nerchinsk. \\[2\\]\\[3\\]

The trade through them grew slowly. \\[4\\]\\[5\\]\\[6\\]

## Bibliography

  - Orlov, Pavel N. Frontier Posts of the Argun. Irkutsk: Baikal Press, 1994.

## Notes

1.  Perdue, Peter C. China Marches West: The Qing Conquest of Central Eurasia. Cambridge, MA: Belknap Press, 2005.
2.  Ibid., 45.
3.  Perdue, China Marches West, 112–14.
4.  Orlov 1994, p. 7.
5.  Kang 2013, p. 3.
6.  Orlov, chapter 2.
`

const CHINESE = `# 额尔古纳河卡伦

卡伦设于雍正年间。\\[1\\]

守兵来自齐齐哈尔。\\[2\\]

贸易逐渐增长。\\[3\\]\\[4\\]

1.  何秋涛：《朔方备乘》，北京：中华书局，1984年，第12页。
2.  同上，第15页。
3.  前揭《朔方备乘》，卷三，页四。
4.  同上。
`

const useOf = (planned: ImportPlan, note: number) => planned.citeUses.find((use) => use.marker === note)

describe('short notes resolve to the full reference in the same document, with their locator', () => {
  // Made before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  let english: ImportPlan
  beforeEach(() => {
    english = plan(ENGLISH, 'argun.md')
  })

  it('Ibid. and "Family, Short title" join the note before / the work of that author and title', () => {
    const perdue = workOfNote(english, 1)
    expect(perdue?.title.original).toBe('China Marches West: The Qing Conquest of Central Eurasia')
    expect(workOfNote(english, 2)).toBe(perdue)
    expect(workOfNote(english, 3)).toBe(perdue)
    expect(useOf(english, 2)?.locator).toEqual({ locatorType: 'page', locator: '45' })
    expect(useOf(english, 3)?.locator).toEqual({ locatorType: 'page', locator: '112–14' })
  })

  it('"Family Year" and "Family, chapter N" join the bibliography entry of that author (and year)', () => {
    const orlov = workOfNote(english, 4)
    expect(orlov?.title.original).toBe('Frontier Posts of the Argun')
    expect(orlov?.publisherPlace).toBe('Irkutsk')
    expect(workOfNote(english, 6)).toBe(orlov)
    expect(useOf(english, 4)?.locator).toEqual({ locatorType: 'page', locator: '7' })
    expect(useOf(english, 6)?.locator).toEqual({ locatorType: 'chapter', locator: '2' })
    expect(english.citations.filter((citation) => citation.title.original.startsWith('Frontier Posts'))).toHaveLength(1)
  })

  it('makes no work titled after a short note; one the document cannot resolve is flagged for the database look-up', () => {
    expect(english.citations.some((citation) => /^(?:Orlov 1994|Perdue|Ibid)/.test(citation.title.original))).toBe(false)
    expect(english.source.flags.filter((flag) => flag.kind === 'short-note-unresolved').map((flag) => flag.marker)).toEqual(['[5]'])
    expect(workOfNote(english, 5)?.shortForm).toEqual({ kind: 'author', family: 'Kang', year: '2013', shortTitle: null })
  })

  it('同上 and 前揭《…》 join the work cited before, with 页 and 卷/页 locators', () => {
    const chinese = plan(CHINESE, 'argun-zh.md')
    const work = workOfNote(chinese, 1)
    expect(work?.title.original).toBe('朔方备乘')
    expect(chinese.citations).toHaveLength(1)
    for (const note of [2, 3, 4]) expect(workOfNote(chinese, note)).toBe(work)
    expect([1, 2, 3, 4].map((note) => useOf(chinese, note)?.locator)).toEqual([
      { locatorType: 'page', locator: '12' },
      { locatorType: 'page', locator: '15' },
      { locatorType: 'folio', locator: '卷三，页四' },
      null,
    ])
    expect(chinese.source.flags.filter((flag) => flag.kind === 'short-note-unresolved')).toEqual([])
  })
})
