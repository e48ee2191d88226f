import type { Endpoint } from 'payload'

import { previewWork, type CitationRecord } from '@/lib/cite/format'
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
    const work = (await jsonBody(req))?.work as null | Partial<CitationRecord> | undefined
    if (!work || typeof work !== 'object') return errorResponse(400, 'Send JSON { "work": { "type": …, "title": { "original": … }, … } }.')
    const original = typeof work.title?.original === 'string' ? work.title.original.trim() : ''
    if (!original) return errorResponse(400, 'The work needs its original title before it can be formatted.')
    const record = { ...work, type: typeof work.type === 'string' ? work.type : 'book', title: { ...work.title, original } } as CitationRecord
    return Response.json({ en: previewWork(record, { locale: 'en' }), zh: previewWork(record, { locale: 'zh' }) })
  },
}
