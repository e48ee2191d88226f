import { describe, expect, it } from 'vitest'

import { displayName } from './displayName'

const names = [
  { name: '塔尔巴哈台', language: 'zh', script: 'Hans', kind: 'official' },
  { name: 'Tarbagatay', language: 'ru', script: 'Latn', kind: 'historic' },
  { name: 'Tabahatai', language: 'en', script: 'Latn', kind: 'machine-translation' },
  { name: 'Tarbagatai', language: 'en', script: 'Latn', kind: 'variant' },
]

describe('displayName', () => {
  it('uses the name in the locale when there is one', () => {
    expect(displayName({ name: 'Tacheng', names }, 'en')).toBe('Tacheng')
  })
  it('in English prefers an English name, not a machine-translation rendering, over the Chinese one', () => {
    expect(displayName({ name: null, names }, 'en')).toBe('Tarbagatai')
    expect(displayName({ names: [names[0]!, names[1]!] }, 'en')).toBe('Tarbagatay')
  })
  it('in Chinese prefers a Han name', () => {
    expect(displayName({ names: [names[3]!, names[0]!] }, 'zh')).toBe('塔尔巴哈台')
  })
  it('falls back to the first recorded name when none is readable, and without a locale', () => {
    expect(displayName({ names: [{ name: 'Ақтабан' }] }, 'en')).toBe('Ақтабан')
    expect(displayName({ names: [names[0]!, names[3]!] })).toBe('塔尔巴哈台')
    expect(displayName({})).toBe('—')
  })
})
