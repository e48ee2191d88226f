import type { Endpoint } from 'payload'

import { loadWhereCited } from '@/server/bibliography/whereCited'
import { errorResponse, refuseUnlessStaff } from './respond'

/** GET /api/citations/:id/where-cited: every use of the work in the articles' current drafts (lib/cite/whereCited). */
export const whereCitedEndpoint: Endpoint = {
  path: '/:id/where-cited',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const id = String(req.routeParams?.id ?? '')
    const work = await req.payload.findByID({ collection: 'citations', id, req, overrideAccess: false, depth: 0, select: { displayTitle: true } }).catch((error: { status?: number }) => {
      if (error.status === 404) return null
      throw error
    })
    if (!work) return errorResponse(404, `There is no work ${id}.`)
    return Response.json({ uses: await loadWhereCited(req.payload, req, String(work.id)) })
  },
}
