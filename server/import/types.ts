import type { Payload, PayloadRequest } from 'payload'

import type { Manifest } from '@/lib/corpus/manifest'
import type { Source, User } from '@/payload-types'

/** `title`: the editor's title, instead of the one detected (or the manifest's). */
export type ImportInput = { bytes: Uint8Array; fileName: string; language?: 'en' | 'zh'; manifest?: Manifest; title?: string }

/**
 * `user`: write as that person (access rules apply); `publish`: publish a newly
 * created article; `versionOf`: the source this document is a new version of.
 */
export type ImportOptions = { user?: User; publish?: boolean; versionOf?: RecordId }

export type RecordId = number | string
/**
 * A record id as the generated types spell it (a number: they come from the
 * SQLite schema). MongoDB gives strings at run time; nothing here relies on either.
 */
export type DocId = Source['id']
export type Counts = { new: number; reused: number }

export type ImportSummary = {
  status: 'created' | 'unchanged' | 'updated'
  fileName: string
  title: string
  language: string
  sourceId: RecordId
  articleId: RecordId | null
  /** Set when the document became a new source although others have its title. */
  sourceNote?: string
  /** Set when the import did not update the article in place (an editor changed it, or it is published). */
  articleNote?: string
  segments: number
  citations: Counts
  /** Places and people. */
  entities: Counts
  events: Counts
  maps: Counts
  flags: Record<string, number>
}

/** Everything a write needs: one transaction's request, and whether access rules are bypassed (no user given). */
export type WriteContext = { payload: Payload; req: PayloadRequest; overrideAccess: boolean; locale: 'en' | 'zh' }

export const countOf = (created: number, reused: number): Counts => ({ new: created, reused })

/** Payload always returns the id; selecting one small field keeps the read-back of a write cheap. */
export const ID_ONLY = { updatedAt: true } as const
