import { describe, expect, it } from 'vitest'

import { parseDocument } from '@/lib/corpus/parse'
import { namesAnEvent } from './eventNames'
import { planImport } from './plan'

describe('dated headings that name events', () => {
  it('are events when they say what happened, in English and Chinese', () => {
    for (const name of ['The Kokand Campaign', 'Siege of the northern fort', 'Treaty talks at the river', '伊犁之战', '土尔扈特东归', '中俄勘界交涉']) expect(namesAnEvent(name), name).toBe(true)
  })
  it('are not events when they are only a person or a place', () => {
    for (const name of ['Ivan Petrovich Moskvitin', 'Kumarsk', 'The Taranchi sultanate', '左宗棠', '塔尔巴哈台']) expect(namesAnEvent(name), name).toBe(false)
  })
  it('become events through the import only when they name one', () => {
    const text = `Raids on the upper river

1650-1652 : Semyon Dezhnyov

He travelled up the river with forty men and wintered at the mouth of a tributary.

1652-1653 : The Siege of the lower fort

The garrison held out through the winter.

Kumarsk (1654–1655)

The stockade stood on a bend of the river.
`
    const plan = planImport(parseDocument(text, { fileName: 'raids.txt' }), text)
    expect(plan.events.map((event) => [event.name, event.start.date, event.end.date])).toEqual([['The Siege of the lower fort', '1652', '1653']])
  })
})
