import { describe, expect, it } from 'vitest'

import { reviewProgress } from './progress'

describe('reviewProgress', () => {
  it('counts decided findings and segments whose findings are all decided; a dispute decides nothing', () => {
    const progress = reviewProgress([
      { segmentId: 's1', decision: { action: 'accepted' } },
      { segmentId: 's1', decision: { action: 'dismissed' } },
      { segmentId: 's2', decision: { action: 'disputed' } },
      { segmentId: 's3', decision: null },
      { segmentId: 's3', decision: { action: 'corrected' } },
    ])
    expect(progress).toEqual({ decided: 3, total: 5, segmentsReviewed: 1, segmentsTotal: 3 })
  })

  it('is zero of zero for a text without findings', () => {
    expect(reviewProgress([])).toEqual({ decided: 0, total: 0, segmentsReviewed: 0, segmentsTotal: 0 })
  })
})
