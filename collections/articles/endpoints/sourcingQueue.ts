import type { Endpoint } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { SOURCING_ENDPOINT_PATH } from '@/collections/articles/sourcingPaths'
import { filterQueue } from '@/lib/sourcing/queue'
import { loadSourcingQueue } from '@/server/sourcing/loadQueue'

/**
 * GET /api/articles/sourcing-queue?article=&locale=&kind=: what needs a
 * source, computed from the current drafts, oldest first. Historians and above.
 */
export const sourcingQueueEndpoint: Endpoint = {
  path: SOURCING_ENDPOINT_PATH,
  method: 'get',
  handler: async (req) => {
    const user = asUser(req.user)
    if (!user) return Response.json({ errors: [{ message: 'Log in to see what needs a source.' }] }, { status: 401 })
    if (!atLeast(user, 'historian')) return Response.json({ errors: [{ message: 'Only historians, editors and admins see the sourcing queue.' }] }, { status: 403 })
    const query = (name: string) => (typeof req.query?.[name] === 'string' ? (req.query[name] as string) : null)
    const rows = filterQueue(await loadSourcingQueue(req.payload, req), { article: query('article'), locale: query('locale'), kind: query('kind') })
    return Response.json({ totalDocs: rows.length, docs: rows })
  },
}
