import type { Endpoint } from 'payload'

import { readWorkInput } from '@/lib/cite/workInput'
import { findLikelyDuplicates } from '@/server/bibliography/findDuplicates'
import { errorResponse, jsonBody, refuseUnlessStaff } from './respond'

/**
 * POST /api/citations/duplicates with `{ "work": <the form's values>, "id"?: <its own id> }`:
 * the recorded works it is likely the same as (ISBN, DOI, names + title + year, or similar), with
 * the reason. What the work form shows while a historian types. Writes nothing.
 */
export const duplicatesEndpoint: Endpoint = {
  path: '/duplicates',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const body = await jsonBody(req)
    const work = body?.work
    if (!work || typeof work !== 'object') return errorResponse(400, 'Send JSON { "work": { … }, "id": <optional> }.')
    const own = typeof body.id === 'string' || typeof body.id === 'number' ? String(body.id) : null
    // A work without a title yet may still have an ISBN or a DOI to be found by.
    const record = readWorkInput(work, { titleRequired: false })
    return Response.json({ candidates: record ? await findLikelyDuplicates(req.payload, req, record, own) : [] })
  },
}
