import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { relationId } from '@/lib/richtext/walk'
import type { Annotation } from '@/payload-types'

type Reply = NonNullable<Annotation['replies']>[number]

/**
 * Replies carry their author and time as the server saw them. A reply already
 * there keeps both; only its author or an editor may change or remove it.
 */
export const stampReplies: CollectionBeforeChangeHook<Annotation> = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.replies)) return data
  const user = asUser(req.user)
  const userId = req.user ? String(req.user.id) : null
  const mayChange = (reply: Reply) => !userId || atLeast(user, 'editor') || relationId(reply.author) === userId
  const before = new Map((originalDoc?.replies ?? []).map((reply) => [reply.id, reply]))
  const now = new Date().toISOString()
  const replies = data.replies.map((reply) => {
    const earlier = reply.id ? before.get(reply.id) : undefined
    if (!earlier) return { ...reply, author: req.user?.id ?? reply.author ?? null, createdAt: now }
    if (earlier.body !== reply.body && !mayChange(earlier)) throw new Forbidden(req.t)
    return { ...reply, author: earlier.author, createdAt: earlier.createdAt }
  })
  const kept = new Set(replies.map((reply) => reply.id))
  for (const [id, earlier] of before) if (!kept.has(id) && !mayChange(earlier)) throw new Forbidden(req.t)
  return { ...data, replies }
}
