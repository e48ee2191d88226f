import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { newPageCacheGeneration } from './pageCache/generation'
import { markSearchStale } from './search'

/**
 * Drops every cached page of the public site, in both locales, on every server
 * instance: a new page-cache generation is written in the change's own
 * transaction (server/pageCache). Writes are rare next to reads, and a page
 * shows many collections at once (an article shows its citations, places and
 * people), so invalidating the whole site on a public change is both correct
 * and cheap. The search index is rebuilt on the next search. A CLI import
 * invalidates the running servers' pages the same way.
 */
export async function revalidateSite(req: PayloadRequest): Promise<void> {
  markSearchStale()
  await newPageCacheGeneration(req.payload, req)
}

const isPublic = (doc: { _status?: unknown } | undefined) => doc !== undefined && (doc._status === undefined || doc._status === 'published')

/**
 * Records whether the operation saves a draft (`draft: true`), which
 * afterChange is not told: a draft saved over a published document leaves the
 * published record as it was.
 */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') req.context.savingDraft = Boolean((args as { draft?: boolean }).draft)
  return args
}

/**
 * After a change that a reader could see: anything published, and a record
 * written as a draft (an unpublish). A saved draft (an editor's autosave)
 * changes nothing public.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (isPublic(doc) || !req.context.savingDraft) await revalidateSite(req)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (isPublic(doc)) await revalidateSite(req)
  return doc
}

/** The hooks every publicly visible collection carries. */
export const revalidatingHooks = { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] }
