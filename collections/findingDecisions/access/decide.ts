import type { Access } from 'payload'

import { asUser, atLeast } from '@/access/roles'

/** Editors decide findings; a historian may only dispute one. */
export const editorOrHistorianDisputing: Access = ({ req, data }) => {
  const user = asUser(req.user)
  if (atLeast(user, 'editor')) return true
  if (!atLeast(user, 'historian')) return false
  // Asked without data (the admin asking whether to offer "create"), the answer is yes: the data decides.
  return data === undefined || (data as { action?: unknown }).action === 'disputed'
}
