import type { Payload, PayloadRequest, Where } from 'payload'

import type { CitationRecordIdentity } from '@/lib/cite/dedup'
import { candidateQueryValues, duplicateReason, type DuplicateReason } from '@/lib/cite/duplicates'

export type DuplicateCandidate = { id: number | string; displayTitle: null | string; issued: null | string; reason: DuplicateReason }

const IDENTITY = { authors: true, doi: true, isbn: true, issued: true, title: true, displayTitle: true } as const

/** The narrowing query: any recorded work sharing an ISBN/work key, a DOI, a person's name or a title; lib/cite/duplicates decides. */
export function candidateWhere(works: readonly CitationRecordIdentity[]): null | Where {
  const values = works.map(candidateQueryValues)
  const all = <K extends keyof (typeof values)[number]>(key: K) => [...new Set(values.flatMap((value) => value[key]))]
  const [dedupKeys, dois, names, titles] = [all('dedupKeys'), all('dois'), all('names'), all('titles')]
  const or: Where[] = [
    ...(dedupKeys.length ? [{ dedupKey: { in: dedupKeys } }] : []),
    ...(dois.length ? [{ doi: { in: dois } }] : []),
    ...(names.length ? [{ 'authors.family': { in: names } }, { 'authors.literal': { in: names } }, { 'authors.romanized': { in: names } }] : []),
    ...(titles.length ? [{ 'title.original': { in: titles } }, { 'title.romanized': { in: titles } }] : []),
  ]
  return or.length ? { and: [{ or }, { mergedInto: { exists: false } }] } : null
}

/** Recorded works (not merged away, not `own`) that `work` is likely the same as, the surest first. */
export async function findLikelyDuplicates(payload: Payload, req: PayloadRequest, work: CitationRecordIdentity, own: null | string): Promise<DuplicateCandidate[]> {
  const where = candidateWhere([work])
  if (!where) return []
  const { docs } = await payload.find({ collection: 'citations', req, overrideAccess: false, depth: 0, pagination: false, where, select: IDENTITY })
  const order: DuplicateReason[] = ['isbn', 'doi', 'names-title-year', 'similar']
  return docs
    .filter((doc) => String(doc.id) !== own)
    .flatMap((doc) => {
      const reason = duplicateReason(work, doc)
      return reason ? [{ id: doc.id, displayTitle: doc.displayTitle ?? doc.title.original, issued: doc.issued ?? null, reason }] : []
    })
    .sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason))
}
