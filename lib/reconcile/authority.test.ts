import { describe, expect, it } from 'vitest'

import { AuthorityIndex, authorityFrom, nameKey, preferredName } from './authority'

describe('the name authority', () => {
  it('reads the seed file shape (name tuples) and the collections shape (name rows) alike', () => {
    const fromSeed = authorityFrom({ places: [{ names: [['Kobdo', 'en', 'Latn', 'official'], ['科布多', 'zh', 'Hans', 'official']] }] })
    const fromRows = authorityFrom({ places: [{ id: 7, names: [{ name: 'Kobdo', language: 'en', kind: 'official' }, { name: '科布多', language: 'zh', kind: 'official' }] }] })
    expect(fromSeed.entities[0]?.names).toEqual(fromRows.entities[0]?.names)
    expect(fromRows.entities[0]?.id).toBe('7')
    expect(fromRows.entities[0]?.type).toBe('place')
  })

  it('prefers a preferred name, then an official one, never a machine-translation rendering', () => {
    const [entity] = authorityFrom({ people: [{ names: [['Amuersana', 'en', 'Latn', 'machine-translation'], ['Amursana', 'en', 'Latn', 'variant']] }] }).entities
    expect(preferredName(entity!, 'en')?.text).toBe('Amursana')
  })

  it('finds a name whatever its case, diacritics, hyphens or script form', () => {
    const index = new AuthorityIndex(authorityFrom({ places: [{ names: [['Ürümqi', 'en', 'Latn', 'official'], ['烏魯木齊', 'zh', 'Hant', 'official']] }] }))
    expect(index.lookup('urumqi')).toHaveLength(1)
    expect(index.lookup('乌鲁木齐')).toHaveLength(1)
    expect(nameKey("Tso Tsung-t'ang")).toBe('tsotsungtang')
  })

  it('adds the raw pinyin of each Chinese name as a pinyin rendering, unless an English name is spelled so', () => {
    const index = new AuthorityIndex(authorityFrom({ people: [{ names: [['Ablai Khan', 'en', 'Latn', 'official'], ['阿布赉', 'zh', 'Hans', 'official']] }, { names: [['Zhao Hui', 'en', 'Latn', 'official'], ['兆惠', 'zh', 'Hans', 'official']] }] }))
    expect(index.lookup('Abulai').map((match) => match.name.kind)).toEqual(['pinyin'])
    expect(index.lookup('Zhaohui').map((match) => match.name.kind)).toEqual(['official'])
  })
})
