import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** An annotation is anchored in exactly one text: a source or an article. */
export const requireOneTarget: CollectionBeforeValidateHook = ({ collection, data, originalDoc }) => {
  const target = { ...originalDoc?.target, ...data?.target } as { article?: unknown; source?: unknown }
  if (Boolean(target.source) === Boolean(target.article)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: 'An annotation targets either a source or an article, not both or neither.', path: 'target' }],
    })
  }
  return data
}
