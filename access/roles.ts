import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'historian'] as const
export type Role = (typeof ROLES)[number]

/** Rank of each role: a higher role may do everything a lower one may. */
const RANK: Record<Role, number> = { historian: 1, editor: 2, admin: 3 }

type MaybeUser = Pick<User, 'roles'> | null | undefined

function highestRank(user: MaybeUser): number {
  return Math.max(0, ...(user?.roles ?? []).map((role) => RANK[role]))
}

/** True when the user holds `role` or a role above it. */
export function atLeast(user: MaybeUser, role: Role): boolean {
  return highestRank(user) >= RANK[role]
}

export function isHistorianOnly(user: MaybeUser): boolean {
  return highestRank(user) === RANK.historian
}

type ReqUser = PayloadRequest['user']

const asUser = (user: ReqUser): MaybeUser => (user && user.collection === 'users' ? user : null)

/** Collection access: allowed to the role given and every role above it. */
export const allow =
  (role: Role): Access =>
  ({ req }) =>
    atLeast(asUser(req.user), role)

export const anyone: Access = () => true

export const fieldAllow =
  (role: Role): FieldAccess =>
  ({ req }) =>
    atLeast(asUser(req.user), role)

/** Drafts and unpublished documents are for staff; the public reads what is published. */
export const publishedOrStaff: Access = ({ req }): boolean | Where =>
  atLeast(asUser(req.user), 'historian') ? true : { _status: { equals: 'published' } }

/**
 * Create and update on draft-enabled collections: historians may write drafts,
 * never set `_status: published`. The admin asks this same question (with
 * `_status: 'published'`) to decide whether to show the Publish button.
 */
export const writeDraftsOrPublish: Access = ({ req, data }) => {
  const user = asUser(req.user)
  if (atLeast(user, 'editor')) return true
  if (!atLeast(user, 'historian')) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}

/** The signed-in user's own record, for "read/update self" rules. */
export const selfOrRole =
  (role: Role): Access =>
  ({ req }) => {
    const user = asUser(req.user)
    if (!user) return false
    if (atLeast(user, role)) return true
    return { id: { equals: req.user?.id } }
  }

export { asUser }
