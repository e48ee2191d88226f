import type { Endpoint } from 'payload'

import { previewWork } from '@/lib/cite/format'
import { readWorkInput } from '@/lib/cite/workInput'
import { errorResponse, jsonBody, refuseUnlessStaff } from './respond'

/**
 * POST /api/citations/format-preview with `{ "work": <the form's values> }`:
 * the work's full note, short note and bibliography entry, in English and in
 * Chinese, exactly as the reading pages format them (lib/cite/format). Runs on
 * the server because citeproc reads its locale files from disk. Writes nothing.
 */
export const formatPreviewEndpoint: Endpoint = {
  path: '/format-preview',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const work = (await jsonBody(req))?.work
    if (!work || typeof work !== 'object') return errorResponse(400, 'Send JSON { "work": { "type": …, "title": { "original": … }, … } }.')
    const record = readWorkInput(work)
    if (!record) return errorResponse(400, 'The work needs its original title before it can be formatted.')
    return Response.json({ en: previewWork(record, { locale: 'en' }), zh: previewWork(record, { locale: 'zh' }) })
  },
}
