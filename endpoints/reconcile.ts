import type { Endpoint } from 'payload'

import { compareTexts } from '@/server/reconcile/compare'
import { errorResponse, refusalResponse } from '@/server/reconcile/errors'
import { staffUser } from '@/server/reconcile/findings'

/**
 * GET /api/reconcile?left=<ref>&right=<ref>[&locale=en|zh]: two texts aligned
 * by the facts they share; a ref is `sources:<id>` or `articles:<id>` (an
 * article's body in the locale given). Staff only.
 */
export const reconcileEndpoint: Endpoint = {
  path: '/reconcile',
  method: 'get',
  handler: async (req) => {
    const user = staffUser(req)
    if (!user) return errorResponse(404, 'Not found.')
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    try {
      return Response.json(await compareTexts(req.payload, user, { left: params.get('left'), right: params.get('right'), locale: params.get('locale') }))
    } catch (error) {
      return refusalResponse(error)
    }
  },
}
