import type { Payload, PayloadRequest } from 'payload'

import { authorityFrom, type Authority } from '@/lib/reconcile/authority'
import type { Segment } from '@/lib/reconcile/types'
import type { Source } from '@/payload-types'

/** A stored source as the checks read it, with the authority as the gazetteer and people records hold it. */
export type SourceText = { id: Source['id']; title: string; language: string; segments: Segment[]; authority: Authority }

/** How a read runs: as a trusted local caller, or as the request's user (and in its transaction, when `req` is given). */
export type ReadAccess = { overrideAccess: boolean; user?: unknown; req?: PayloadRequest }

/** Thrown when no source has the id given (or the caller may not read it). */
export class SourceNotFoundError extends Error {
  constructor(id: number | string) {
    super(`No source with id ${id}.`)
    this.name = 'SourceNotFoundError'
  }
}

/**
 * Reads a source's segments and the name authority (every place's and
 * person's recorded names) through the Local API. `overrideAccess` is for
 * trusted local callers (the command line); endpoints pass the request's user.
 */
export async function readSourceText(payload: Payload, id: number | string, access: ReadAccess = { overrideAccess: true }): Promise<SourceText> {
  const options = { depth: 0, ...access, ...(access.user ? { user: access.user as never } : {}) }
  const source = await payload.findByID({ collection: 'sources', id, disableErrors: true, ...options })
  if (!source) throw new SourceNotFoundError(id)
  const segments = (source.segments as { segmentId: string; text: string; kind: string; start?: number }[] | null | undefined) ?? []
  return {
    id: source.id,
    title: source.title,
    language: source.language,
    segments: segments.map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind, ...(typeof segment.start === 'number' ? { rawStart: segment.start } : {}) })),
    authority: await readAuthority(payload, access),
  }
}

/** The name authority: every place's and person's recorded names (the project keeps no terms collection yet). */
export async function readAuthority(payload: Payload, access: ReadAccess = { overrideAccess: true }): Promise<Authority> {
  const options = { depth: 0, pagination: false as const, select: { names: true } as const, ...access, ...(access.user ? { user: access.user as never } : {}) }
  const [places, people] = await Promise.all([payload.find({ collection: 'places', ...options }), payload.find({ collection: 'people', ...options })])
  return authorityFrom({ places: places.docs, people: people.docs })
}
