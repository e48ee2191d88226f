import type { Payload, PayloadRequest } from 'payload'

import type { AuthorityIndex } from '@/lib/reconcile/authority'
import type { Segment } from '@/lib/reconcile/types'
import type { Source } from '@/payload-types'
import { authorityIndex } from './authorityIndex'

/** A stored source as the checks read it, with the authority as the gazetteer and people records hold it. */
export type SourceText = { id: Source['id']; title: string; language: string; segments: Segment[]; authority: AuthorityIndex }

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
 * Reads a source's segments through the Local API, with the name authority
 * (every place's and person's recorded names, ./authorityIndex). `overrideAccess` is for
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
    authority: await authorityIndex(payload, access.req),
  }
}
