import { describe, expect, it } from 'vitest'

import { idOf } from './refs'

describe('idOf', () => {
  it('reads numeric and string ids, bare or populated', () => {
    expect(idOf(7)).toBe('7')
    expect(idOf('65a1f0')).toBe('65a1f0')
    expect(idOf({ id: 7, title: 'x' })).toBe('7')
    expect(idOf(null)).toBeNull()
    expect(idOf({})).toBeNull()
  })
})
