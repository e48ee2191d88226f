import type { FindingKey } from './api'

/** What a key is made of: never the offsets, which move when text before the finding changes. */
type Keyed = { kind: string; segmentId: string; quote: string }

/**
 * A finding's key: its kind, segment id, quoted text and which occurrence of
 * that quote (among findings of the same kind in the segment) it is. Equal
 * for the same finding after a re-run or a re-import that left the segment's
 * wording around it alone, whatever moved elsewhere.
 */
export function findingKey(finding: Keyed, occurrence: number): FindingKey {
  return JSON.stringify([finding.kind, finding.segmentId, finding.quote, occurrence])
}

/** The parts of a key, or null for a string that is no key. */
export function parseFindingKey(key: string): (Keyed & { occurrence: number }) | null {
  try {
    const parts: unknown = JSON.parse(key)
    if (!Array.isArray(parts) || parts.length !== 4) return null
    const [kind, segmentId, quote, occurrence] = parts as unknown[]
    if (typeof kind !== 'string' || typeof segmentId !== 'string' || typeof quote !== 'string' || !Number.isInteger(occurrence) || (occurrence as number) < 0) return null
    return { kind, segmentId, quote, occurrence: occurrence as number }
  } catch {
    return null
  }
}

/** Keys for findings in document order: the n-th finding of one kind quoting one text in one segment is occurrence n. */
export function withKeys<F extends Keyed & { start: number }>(findings: readonly F[]): (F & { key: FindingKey })[] {
  const seen = new Map<string, number>()
  const ordered = [...findings].map((finding, index) => ({ finding, index })).sort((a, b) => a.finding.start - b.finding.start || a.index - b.index)
  const keys = new Map<number, FindingKey>()
  for (const { finding, index } of ordered) {
    const base = findingKey(finding, 0)
    const occurrence = seen.get(base) ?? 0
    seen.set(base, occurrence + 1)
    keys.set(index, findingKey(finding, occurrence))
  }
  return findings.map((finding, index) => ({ ...finding, key: keys.get(index)! }))
}

/**
 * Re-anchors stored decisions on the current findings: a decision applies to
 * the finding with its key (the latest decision per key wins, so a later one
 * supersedes a dispute); a decision whose finding is gone is stale, and is
 * never moved to another finding.
 */
export function reanchor<D extends { key: FindingKey; decidedAt: string }>(findings: readonly { key: FindingKey }[], decisions: readonly D[]): { byKey: Map<FindingKey, D>; stale: D[] } {
  const current = new Set(findings.map((finding) => finding.key))
  const latest = new Map<FindingKey, D>()
  for (const decision of decisions) {
    const held = latest.get(decision.key)
    if (!held || held.decidedAt <= decision.decidedAt) latest.set(decision.key, decision)
  }
  const byKey = new Map<FindingKey, D>()
  const stale: D[] = []
  for (const [key, decision] of latest) {
    if (current.has(key)) byKey.set(key, decision)
    else stale.push(decision)
  }
  return { byKey, stale }
}
