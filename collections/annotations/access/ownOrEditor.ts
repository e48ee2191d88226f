import type { Access } from 'payload'

import { asUser, atLeast } from '@/access/roles'

/** Editors act on every annotation; a historian edits only the ones they wrote. */
export const ownOrEditor: Access = ({ req }) => {
  const user = asUser(req.user)
  if (atLeast(user, 'editor')) return true
  if (!atLeast(user, 'historian')) return false
  return { author: { equals: req.user?.id } }
}
