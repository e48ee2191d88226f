import type { Endpoint } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { MergeRefused, mergeWorks } from '@/server/bibliography/mergeWorks'
import { errorResponse } from './respond'

/**
 * POST /api/citations/:id/merge with `{ "into": <id> }`: every use of work :id
 * moves to the other, in one transaction; :id then redirects there. Editors and admins.
 */
export const mergeWorksEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    const user = asUser(req.user)
    if (!user) return errorResponse(401, 'Log in to merge works.')
    if (!atLeast(user, 'editor')) return errorResponse(403, 'Only editors and admins may merge works.')
    const body = (await req.json?.().catch(() => null)) as null | { into?: unknown }
    const into = body?.into
    if (typeof into !== 'string' && typeof into !== 'number') return errorResponse(400, 'Say which work to merge into: JSON { "into": <work id> }.')
    try {
      return Response.json(await mergeWorks(req.payload, req.user, String(req.routeParams?.id ?? ''), String(into)))
    } catch (error) {
      if (error instanceof MergeRefused) return errorResponse(error.status, error.message)
      throw error
    }
  },
}
