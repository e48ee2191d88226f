import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
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

/** After a change that a reader could see: a published document, or one that just stopped being published. */
export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  if (isPublic(doc) || isPublic(previousDoc)) revalidateSite()
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  if (isPublic(doc)) revalidateSite()
  return doc
}

/** The hooks every publicly visible collection carries. */
export const revalidatingHooks = { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] }
