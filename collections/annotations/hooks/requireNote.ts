import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { Annotation } from '@/payload-types'

const blank = (value: unknown) => typeof value !== 'string' || !value.trim()

/** An annotation says something: a note, or for a correction at least the replacement it suggests. */
export const requireNote: CollectionBeforeValidateHook<Annotation> = ({ collection, data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  if (blank(merged.body) && blank(merged.suggestedReplacement)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'body', message: 'The note is empty: write what you want to say about the selected text (or, for a correction, the replacement).' }] })
  }
  return data
}
