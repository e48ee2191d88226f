import { describe, expect, it } from 'vitest'

import { waitedFor } from './waited'

describe('waitedFor', () => {
  const now = new Date('2026-12-01T12:00:00Z')
  it('says how long a passage has waited in the largest whole unit, in the admin language', () => {
    expect(waitedFor('2026-11-28T11:00:00Z', now, 'en')).toBe('3 days ago')
    expect(waitedFor('2026-12-01T09:30:00Z', now, 'en')).toBe('2 hours ago')
    expect(waitedFor('2025-11-01T00:00:00Z', now, 'zh')).toBe('去年')
    expect(waitedFor('2026-12-01T11:59:50Z', now, 'en')).toBe('now')
  })
})
