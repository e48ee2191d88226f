import { describe, expect, it } from 'vitest'

import { readWorkInput } from './workInput'

describe('readWorkInput', () => {
  it('reads what an admin form sends: an array field without rows as its row count', () => {
    const record = readWorkInput({ type: 'book', authors: 0, title: { original: ' 圣武记 ', romanized: 'Shengwu ji' }, issued: '1842', verifications: 0, duplicateWarning: null })
    expect(record).toEqual({ type: 'book', authors: [], title: { original: '圣武记', romanized: 'Shengwu ji', translated: null }, issued: '1842' })
  })

  it('keeps named people and text fields, drops anything else', () => {
    const record = readWorkInput({ type: 'manuscript', title: { original: 'Memorial' }, archive: 'FHA', pages: 12, authors: [{ family: 'Sungyun', role: 'author', extra: 1 }, 'nobody', null] })
    expect(record?.authors).toEqual([{ family: 'Sungyun', given: null, literal: null, romanized: null, role: 'author' }])
    expect(record?.archive).toBe('FHA')
    expect(record).not.toHaveProperty('pages')
  })

  it('refuses no object or no title, unless the title may wait', () => {
    expect(readWorkInput('book')).toBeNull()
    expect(readWorkInput({ title: { original: '  ' } })).toBeNull()
    expect(readWorkInput({ isbn: '0-521-47771-9' }, { titleRequired: false })?.isbn).toBe('0-521-47771-9')
  })
})
