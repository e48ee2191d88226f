import { describe, expect, it } from 'vitest'

import { AuthorityIndex, authorityFrom } from './authority'
import { namedEntities } from './namedEntities'
import { TEST_AUTHORITY } from './testing'

const index = new AuthorityIndex(TEST_AUTHORITY)
const idOf = (name: string) => TEST_AUTHORITY.entities.find((entity) => entity.names.some((recorded) => recorded.text === name))?.id
const paragraphs = (...texts: string[]) => texts.map((text, position) => ({ id: `p${position + 1}`, text, kind: 'paragraph' }))

describe('namedEntities', () => {
  it('finds the places and people an English text names, in any recorded form, machine renderings included', () => {
    const named = namedEntities(paragraphs('Troops left Hobdo for Tarbagatai.', 'Amuersana fled north; Zhao Hui pursued him.'), 'en', index)
    expect(named.map((entity) => entity.id).sort()).toEqual([idOf('Kobdo'), idOf('Tarbagatai'), idOf('Amursana'), idOf('Zhao Hui')].sort())
    expect(named.find((entity) => entity.id === idOf('Amursana'))).toMatchObject({ type: 'person', written: ['Amuersana'] })
    expect(named.find((entity) => entity.id === idOf('Kobdo'))).toMatchObject({ type: 'place', written: ['Hobdo'] })
  })

  it('finds names in Chinese text without spaces, traditional characters folded', () => {
    const named = namedEntities(paragraphs('兆惠率軍自科布多出發，進入準噶爾。'), 'zh', index)
    expect(named.map((entity) => entity.id).sort()).toEqual([idOf('Zhao Hui'), idOf('Kobdo'), idOf('Dzungaria')].sort())
  })

  it('links no terms, no lower-case words that happen to spell a name, nothing from bibliography notes', () => {
    const named = namedEntities(
      [...paragraphs('The kalun posts stood empty; a tarbagatai of sorts.'), { id: 'n1', text: 'Amursana: a biography (Kobdo, 1990).', kind: 'note' }],
      'en',
      index,
    )
    expect(named).toEqual([])
  })

  it('links neither of two records that share the written form', () => {
    const shared = new AuthorityIndex(
      authorityFrom({ places: [{ names: [['Fort Alma', 'en', 'Latn', 'official']] }], people: [{ names: [['Alma', 'en', 'Latn', 'official']] }, { names: [['Alma', 'en', 'Latn', 'variant'], ['Alma Ata', 'en', 'Latn', 'official']] }] }),
    )
    expect(namedEntities(paragraphs('Alma wrote to the governor.'), 'en', shared)).toEqual([])
    expect(namedEntities(paragraphs('They reached Fort Alma.'), 'en', shared).map((entity) => entity.type)).toEqual(['place'])
  })
})
