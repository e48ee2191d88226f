import type { CollectionBeforeChangeHook } from 'payload'

/** The author of an annotation is whoever created it, never what the request claims. */
export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') return { ...data, author: req.user?.id ?? data.author }
  return { ...data, author: originalDoc?.author }
}
