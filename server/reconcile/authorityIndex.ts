import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { contentHash } from '@/lib/contentHash'
import { AuthorityIndex, authorityFrom } from '@/lib/reconcile/authority'
import { checkText } from '@/lib/reconcile/check'
import type { Finding, Segment } from '@/lib/reconcile/types'

/**
 * The name authority (every place's and person's recorded names) ready for
 * lookups, and the checks' findings on a text against it, kept in memory per
 * change of the authority: the findings of a source, the decision endpoint,
 * the publish rule and the flag recomputation read it on every request, and
 * reading every name and indexing it (pinyin of every Chinese name) cost more
 * than the rest of the request.
 *
 * A change of a place or a person made here drops it at once (the hooks
 * below). A change made elsewhere (another server instance on the database, a
 * CLI import) is seen by the stamp, read on every use: how many places and
 * people there are and when the latest of each changed. Both are read in the
 * caller's transaction, so a unit of work that has just added a name finds it.
 * Everyone may read places and people, so one index serves every user.
 */
const AUTHORITY_COLLECTIONS = ['places', 'people'] as const

let changesHere = 0
let cached: { stamp: string; index: Promise<AuthorityIndex> } | null = null

/** How many findings lists are kept (one per text checked and authority), least recently used dropped first. */
const FINDINGS_KEPT = 64
const findingsKept = new Map<string, Finding[]>()

async function stampOf(payload: Payload, req?: PayloadRequest): Promise<string> {
  const latest = await Promise.all(
    AUTHORITY_COLLECTIONS.map((collection) => payload.find({ collection, req, overrideAccess: true, depth: 0, limit: 1, sort: '-updatedAt', select: { updatedAt: true } })),
  )
  return [changesHere, ...latest.map(({ totalDocs, docs }) => `${totalDocs}@${docs[0]?.updatedAt ?? ''}`)].join('|')
}

async function readIndex(payload: Payload, req?: PayloadRequest): Promise<AuthorityIndex> {
  const read = { req, overrideAccess: true, depth: 0, pagination: false, select: { names: true } } as const
  const [places, people] = await Promise.all(AUTHORITY_COLLECTIONS.map((collection) => payload.find({ collection, ...read })))
  return new AuthorityIndex(authorityFrom({ places: places!.docs, people: people!.docs }))
}

/** The stamp of the authority as stored, and its index. */
async function current(payload: Payload, req?: PayloadRequest): Promise<{ stamp: string; index: AuthorityIndex }> {
  const stamp = await stampOf(payload, req)
  if (cached?.stamp !== stamp) {
    const index = readIndex(payload, req)
    cached = { stamp, index }
    // A failed read is not kept.
    index.catch(() => {
      if (cached?.index === index) cached = null
    })
  }
  return { stamp, index: await cached.index }
}

/** The name authority as stored, indexed for the checks (read in `req`'s transaction when given). */
export async function authorityIndex(payload: Payload, req?: PayloadRequest): Promise<AuthorityIndex> {
  return (await current(payload, req)).index
}

/**
 * The checks' findings on `segments` (lib/reconcile/check) against the
 * authority as stored: worked out once per text and authority. Throws what
 * checkText throws (an empty text, another language).
 */
export async function findingsOn(payload: Payload, text: { segments: readonly Segment[]; language: string }, req?: PayloadRequest): Promise<Finding[]> {
  const { stamp, index } = await current(payload, req)
  const key = `${stamp}\u0000${text.language}\u0000${contentHash(JSON.stringify(text.segments.map((segment) => [segment.id, segment.kind, segment.text])))}`
  let findings = findingsKept.get(key)
  if (findings) findingsKept.delete(key)
  else findings = checkText({ segments: [...text.segments], language: text.language, authority: index })
  findingsKept.set(key, findings)
  if (findingsKept.size > FINDINGS_KEPT) findingsKept.delete(findingsKept.keys().next().value!)
  return [...findings]
}

/** Places and people carry the hooks: a change of either is a change of the authority. */
const authorityChanged = () => {
  changesHere += 1
  cached = null
  findingsKept.clear()
}
const afterChange: CollectionAfterChangeHook = ({ doc }) => {
  authorityChanged()
  return doc
}
const afterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  authorityChanged()
  return doc
}
export const authorityHooks = { afterChange: [afterChange], afterDelete: [afterDelete] }
