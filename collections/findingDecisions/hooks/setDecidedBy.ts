import type { CollectionBeforeChangeHook } from 'payload'

/** The decision is signed by whoever made it, whatever the request says. */
export const setDecidedBy: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user?.collection === 'users' ? { ...data, decidedBy: req.user.id } : data
