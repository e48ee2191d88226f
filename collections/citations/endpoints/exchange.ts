import type { Endpoint, PayloadRequest } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { ExchangeInputError, isExchangeFormat, type ExchangeFormat } from '@/lib/bibliography/exchange'
import { EXCHANGE_MEDIA_TYPES, workRecord } from '@/server/bibliography/exportWorks'
import { importWorks, planWorks } from '@/server/bibliography/importWorks'

const errorResponse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

type ExchangeRequest = { text: string; format: ExchangeFormat | null } | { error: Response }

/** The JSON body both endpoints take: `text` (BibTeX, RIS or CSL-JSON, pasted or read from a file) and an optional `format`. */
async function exchangeRequest(req: PayloadRequest): Promise<ExchangeRequest> {
  const user = asUser(req.user)
  if (!user) return { error: errorResponse(401, 'Log in to import works.') }
  if (!atLeast(user, 'historian')) return { error: errorResponse(403, 'Only historians, editors and admins may import works.') }
  const body = (await req.json?.().catch(() => null)) as null | { text?: unknown; format?: unknown }
  if (!body || typeof body.text !== 'string') return { error: errorResponse(400, 'Send JSON with the bibliography as "text" (BibTeX, RIS or CSL-JSON).') }
  if (body.format !== undefined && body.format !== null && body.format !== '' && !isExchangeFormat(body.format)) return { error: errorResponse(400, 'The format must be "bibtex", "ris" or "csl-json" (or left out to detect it).') }
  return { text: body.text, format: isExchangeFormat(body.format) ? body.format : null }
}

const refusedInput = (error: unknown) => {
  if (error instanceof ExchangeInputError) return errorResponse(400, error.message)
  // A record the collection refuses (its own validation) is the user's to fix as well.
  if ((error as { status?: number }).status === 400) return errorResponse(400, (error as Error).message)
  throw error
}

/** POST /api/citations/exchange/preview: what importing the text would create and which works it matches. Writes nothing. */
export const previewWorksEndpoint: Endpoint = {
  path: '/exchange/preview',
  method: 'post',
  handler: async (req) => {
    const input = await exchangeRequest(req)
    if ('error' in input) return input.error
    try {
      return Response.json({ entries: await planWorks(req.payload, req, input.text, input.format) })
    } catch (error) {
      return refusedInput(error)
    }
  },
}

/** POST /api/citations/exchange/import: creates the new works of the text in one transaction; nothing when any entry is refused. */
export const importWorksEndpoint: Endpoint = {
  path: '/exchange/import',
  method: 'post',
  handler: async (req) => {
    const input = await exchangeRequest(req)
    if ('error' in input) return input.error
    try {
      return Response.json(await importWorks(req.payload, req.user, input.text, input.format), { status: 201 })
    } catch (error) {
      return refusedInput(error)
    }
  },
}

/** GET /api/citations/:id/record?format=bibtex|ris|csl-json: one work's record to download. */
export const workRecordEndpoint: Endpoint = {
  path: '/:id/record',
  method: 'get',
  handler: async (req) => {
    const format = req.query?.format ?? 'bibtex'
    if (!isExchangeFormat(format)) return errorResponse(400, 'The format must be "bibtex", "ris" or "csl-json".')
    const id = String(req.routeParams?.id ?? '')
    const text = await workRecord(req.payload, req, id, format)
    if (text === null) return errorResponse(404, `There is no work ${id}.`)
    const { type, extension } = EXCHANGE_MEDIA_TYPES[format]
    return new Response(text, { headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="work-${id}.${extension}"` } })
  },
}
