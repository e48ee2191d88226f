import type { DecisionAction, ReviewProgress } from './api'

/** A dispute asks a question; every other action settles the finding. */
export const settles = (action: DecisionAction | undefined | null) => Boolean(action) && action !== 'disputed'

/**
 * Findings decided of all, and segments reviewed (those with findings, every
 * one of them decided) of the segments that have findings.
 */
export function reviewProgress(findings: readonly { segmentId: string; decision: { action: DecisionAction } | null }[]): ReviewProgress {
  const open = new Map<string, boolean>()
  let decided = 0
  for (const finding of findings) {
    const done = settles(finding.decision?.action)
    if (done) decided += 1
    open.set(finding.segmentId, (open.get(finding.segmentId) ?? false) || !done)
  }
  return { decided, total: findings.length, segmentsReviewed: [...open.values()].filter((stillOpen) => !stillOpen).length, segmentsTotal: open.size }
}
