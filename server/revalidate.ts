import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook } from 'payload'
import { revalidatePath } from 'next/cache'

import { markSearchStale } from './search'

/**
 * Drops every cached page of the public site, in both locales. Writes are rare
 * next to reads, and a page shows many collections at once (an article shows
 * its citations, places and people), so invalidating the whole site on a
 * public change is both correct and cheap. The search index is rebuilt on the
 * next search. Outside the Next server (CLI imports, tests) there is no page
 * cache, and only the search index is marked stale.
 */
export function revalidateSite(): void {
  markSearchStale()
  try {
    // The path as the app directory spells it, route group included: Next derives page cache tags from it.
    revalidatePath('/(site)/[locale]', 'layout')
  } catch {
    // Not inside a Next request: nothing is cached here.
  }
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
export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  if (isPublic(doc) || !req.context.savingDraft) revalidateSite()
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  if (isPublic(doc)) revalidateSite()
  return doc
}

/** The hooks every publicly visible collection carries. */
export const revalidatingHooks = { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] }
