import { describe, expect, it } from 'vitest'

import { matchSlashTrigger } from './slashTrigger'

describe('matchSlashTrigger', () => {
  it.each([
    ['/', 0, ''],
    ['The treaty was signed. /cit', 23, 'cit'],
    ['(/', 1, ''],
    ['ceded in 1864./', 14, ''],
    ['ceded in 1864./cita', 14, 'cita'],
    ['the frontier, /', 14, ''],
    ['“so it was”/', 11, ''],
    ['伊犁于1881年收回。/', 11, ''],
    ['伊犁于1881年收回，/引用', 11, '引用'],
    ['《清史稿》/', 5, ''],
  ])('opens the menu for %j', (text, leadOffset, query) => {
    expect(matchSlashTrigger(text)).toEqual({ leadOffset, matchingString: query, replaceableString: `/${query}` })
  })

  it.each([['and/or'], ['http://example.org/'], ['1864/65'], ['伊犁/'], ['The end. /two words'], ['a /b/']])('stays closed inside words and addresses: %j', (text) => {
    expect(matchSlashTrigger(text)).toBeNull()
  })

  it('honours a minimum query length', () => {
    expect(matchSlashTrigger('Done. /', '/', 1)).toBeNull()
    expect(matchSlashTrigger('Done. /c', '/', 1)).toMatchObject({ matchingString: 'c' })
  })
})
