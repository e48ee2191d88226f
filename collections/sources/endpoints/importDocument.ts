import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { atLeast } from '../../../access/roles'
import { ImportInputError } from '../../../lib/corpus/parse'
import type { User } from '../../../payload-types'
import { importDocument } from '../../../server/import'
import { IMPORT_ENDPOINT_PATH } from '../importPaths'

type ImportLanguage = 'en' | 'zh'

const errorResponse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const signedInUser = (req: PayloadRequest): User | null => (req.user?.collection === 'users' ? req.user : null)

/** '' or a missing value means "detect the language from the text". */
function requestedLanguage(value: unknown): ImportLanguage | undefined | 'invalid' {
  if (value === undefined || value === null || value === '') return undefined
  return value === 'en' || value === 'zh' ? value : 'invalid'
}

/**
 * POST /api/sources/import: multipart form with the document as `file`; the
 * language ('en', 'zh' or '' to detect) travels in the `_payload` JSON field,
 * the only non-file field Payload's multipart parser keeps.
 * Answers 201 with the import summary (200 when the document was already imported unchanged).
 */
export const importDocumentEndpoint: Endpoint = {
  path: IMPORT_ENDPOINT_PATH,
  method: 'post',
  handler: async (req) => {
    const user = signedInUser(req)
    if (!user) return errorResponse(401, 'Log in to import documents.')
    if (!atLeast(user, 'editor')) return errorResponse(403, 'Only editors and admins may import documents.')

    try {
      await addDataAndFileToRequest(req)
    } catch (error) {
      // The multipart parser stops at the configured upload limit with a 413.
      if (error instanceof APIError && error.status === 413) return errorResponse(413, `The file is too large: ${error.message}.`)
      throw error
    }
    const file = req.file
    if (!file) return errorResponse(400, 'Choose a document to import: the form field "file" is missing.')
    const language = requestedLanguage(req.data?.language)
    if (language === 'invalid') return errorResponse(400, 'The language must be "en", "zh" or empty to detect it.')

    try {
      const summary = await importDocument(req.payload, { bytes: file.data, fileName: file.name, language }, { user })
      return Response.json(summary, { status: summary.status === 'unchanged' ? 200 : 201 })
    } catch (error) {
      if (error instanceof ImportInputError) return errorResponse(error.code === 'too-large' ? 413 : 400, error.message)
      throw error
    }
  },
}
