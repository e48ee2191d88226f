import type { Endpoint } from 'payload'

import type { DecisionRequest } from '@/lib/reconcile/api'
import { decide } from '@/server/reconcile/decide'
import { errorResponse, refusalResponse } from '@/server/reconcile/errors'
import { readReview, staffUser } from '@/server/reconcile/findings'

const idParam = (routeParams: Record<string, unknown> | undefined) => String(routeParams?.id ?? '')

/** GET /api/sources/:id/findings: the source's findings with their decisions and the review's progress. Staff only. */
export const findingsEndpoint: Endpoint = {
  path: '/:id/findings',
  method: 'get',
  handler: async (req) => {
    const user = staffUser(req)
    if (!user) return errorResponse(404, 'Not found.')
    try {
      const { segments: _segments, ...review } = await readReview(req.payload, idParam(req.routeParams), user)
      return Response.json(review)
    } catch (error) {
      return refusalResponse(error)
    }
  },
}

/** POST /api/sources/:id/findings/decisions: records a decision on one finding (and writes what it implies), atomically. */
export const decisionsEndpoint: Endpoint = {
  path: '/:id/findings/decisions',
  method: 'post',
  handler: async (req) => {
    const user = staffUser(req)
    if (!user) return errorResponse(404, 'Not found.')
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return errorResponse(400, 'The request body must be JSON: { key, action, … }.')
    }
    try {
      return Response.json(await decide(req.payload, idParam(req.routeParams), user, body as Partial<DecisionRequest>), { status: 201 })
    } catch (error) {
      return refusalResponse(error)
    }
  },
}
