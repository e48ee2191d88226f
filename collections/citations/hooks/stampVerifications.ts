import type { CollectionBeforeChangeHook } from 'payload'

import { asUser } from '@/access/roles'
import type { Citation } from '@/payload-types'

type Row = NonNullable<Citation['verifications']>[number]

/**
 * Who checked a work and when is the server's to say: a row already stored
 * keeps its author and date whatever the request sends, and a new row gets the
 * signed-in user and the time of the save. A row with nothing checked (no
 * edition, no pages) is kept as the historian's "verified", without detail.
 */
export const stampVerifications: CollectionBeforeChangeHook<Citation> = ({ data, originalDoc, req }) => {
  if (!Array.isArray(data.verifications)) return data
  const stored = new Map((originalDoc?.verifications ?? []).flatMap((row) => (row.id ? [[row.id, row] as const] : [])))
  const user = asUser(req.user)
  const now = new Date().toISOString()
  const verifications = data.verifications.map((row): Row => {
    const before = row.id ? stored.get(row.id) : undefined
    // The id as the database gives it (number or string), never converted.
    if (before) return { ...row, by: before.by && typeof before.by === 'object' ? before.by.id : before.by, at: before.at }
    return { ...row, by: user ? (req.user?.id ?? null) : null, at: now }
  })
  return { ...data, verifications }
}
