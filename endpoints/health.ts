import type { Endpoint } from 'payload'

/** GET /api/health: 200 when the database answers a query, 503 when it does not. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      await req.payload.count({ collection: 'users' })
      return Response.json({ status: 'ok', database: 'up', latencyMs: Math.round(performance.now() - started) })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check: database did not answer' })
      return Response.json({ status: 'error', database: 'down' }, { status: 503 })
    }
  },
}
