import type { Endpoint } from 'payload'

import { isExchangeFormat } from '@/lib/bibliography/exchange'
import { articleBibliography, EXCHANGE_MEDIA_TYPES } from '@/server/bibliography/exportWorks'

/**
 * GET /api/articles/:id/bibliography?format=bibtex|ris|csl-json: the works the
 * article cites. Anyone for a published article; staff get the latest draft.
 */
export const articleBibliographyEndpoint: Endpoint = {
  path: '/:id/bibliography',
  method: 'get',
  handler: async (req) => {
    const format = req.query?.format ?? 'bibtex'
    if (!isExchangeFormat(format)) return Response.json({ errors: [{ message: 'The format must be "bibtex", "ris" or "csl-json".' }] }, { status: 400 })
    const id = String(req.routeParams?.id ?? '')
    const text = await articleBibliography(req.payload, req, id, format)
    if (text === null) return Response.json({ errors: [{ message: `There is no article ${id} to read.` }] }, { status: 404 })
    const { type, extension } = EXCHANGE_MEDIA_TYPES[format]
    return new Response(text, { headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="article-${id}-works.${extension}"` } })
  },
}
