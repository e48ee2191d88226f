import { describe, expect, it } from 'vitest'

import { infoboxFieldOf, isPerSideField, RESULT_LINE } from '@/lib/corpus/parse/infoboxLabels'

describe('infobox labels', () => {
  it('reads the labels English and Chinese (simplified and traditional) infoboxes print', () => {
    const labels: [string, ReturnType<typeof infoboxFieldOf>][] = [
      ['Belligerents', 'belligerents'],
      ['參戰方', 'belligerents'],
      ['Commanders and leaders', 'commanders'],
      ['指挥官', 'commanders'],
      ['Units involved', 'strength'],
      ['兵力', 'strength'],
      ['Casualties and losses', 'casualties'],
      ['傷亡', 'casualties'],
      ['Outcome', 'result'],
      ['结果', 'result'],
      ['Dates', 'date'],
      ['日期', 'date'],
      ['Place', 'location'],
      ['地點', 'location'],
      ['Territorial changes', 'territorialChanges'],
      ['领土变更', 'territorialChanges'],
      ['Native name', 'nativeName'],
      ['原文名', 'nativeName'],
      ['Part of', 'partOf'],
      ['所属', 'partOf'],
    ]
    expect(labels.map(([label]) => infoboxFieldOf(label))).toEqual(labels.map(([, field]) => field))
  })

  it('ignores case and the spaces a copied page leaves around a label, and nothing else', () => {
    expect(infoboxFieldOf('  LOCATION ')).toBe('location')
    expect(infoboxFieldOf('Location of the fort')).toBeNull()
    expect(infoboxFieldOf('Flag')).toBeNull()
    expect(infoboxFieldOf('')).toBeNull()
  })

  it('gives belligerents, commanders, strength and casualties one value per side, and nothing else', () => {
    expect((['belligerents', 'commanders', 'strength', 'casualties'] as const).every(isPerSideField)).toBe(true)
    expect((['date', 'location', 'result', 'territorialChanges', 'nativeName', 'partOf', null] as const).some(isPerSideField)).toBe(false)
  })

  it('knows an outcome line by its words in either language, not by a word inside another', () => {
    expect(['Qing victory', 'Decisive Russian defeat', 'Inconclusive', '清军胜利', '準噶爾戰敗'].map((line) => RESULT_LINE.test(line))).toEqual([true, true, true, true, true])
    expect(['The victorygate of the fort', 'Qing troops withdrew'].map((line) => RESULT_LINE.test(line))).toEqual([false, false])
  })
})
