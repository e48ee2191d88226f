import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { atLeast } from '@/access/roles'
import { ImportInputError } from '@/lib/corpus/parse'
import type { User } from '@/payload-types'
import { analyseDocument, importDocument, type ImportInput } from '@/server/import'
import { IMPORT_ANALYSE_PATH, IMPORT_ENDPOINT_PATH } from '@/collections/sources/importPaths'

const errorResponse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const signedInUser = (req: PayloadRequest): User | null => (req.user?.collection === 'users' ? req.user : null)

type ImportRequest = { input: ImportInput; versionOf?: string } | { error: Response }

/**
 * Reads the multipart form both endpoints take: the document as `file`; the
 * language ('en', 'zh' or '' to detect), the editor's title and the source it
 * is a new version of in the `_payload` JSON field, the only non-file field
 * Payload's multipart parser keeps.
 */
async function importRequest(req: PayloadRequest, user: User | null): Promise<ImportRequest> {
  if (!user) return { error: errorResponse(401, 'Log in to import documents.') }
  if (!atLeast(user, 'editor')) return { error: errorResponse(403, 'Only editors and admins may import documents.') }
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    // The multipart parser stops at the configured upload limit with a 413.
    if (error instanceof APIError && error.status === 413) return { error: errorResponse(413, `The file is too large: ${error.message}.`) }
    throw error
  }
  const file = req.file
  if (!file) return { error: errorResponse(400, 'Choose a document to import: the form field "file" is missing.') }
  const { language, title, versionOf } = (req.data ?? {}) as Record<string, unknown>
  if (language !== undefined && language !== null && language !== '' && language !== 'en' && language !== 'zh') {
    return { error: errorResponse(400, 'The language must be "en", "zh" or empty to detect it.') }
  }
  if (title !== undefined && title !== null && typeof title !== 'string') return { error: errorResponse(400, 'The title must be text.') }
  if (versionOf !== undefined && versionOf !== null && versionOf !== '' && typeof versionOf !== 'string' && typeof versionOf !== 'number') {
    return { error: errorResponse(400, 'The source to import a new version of must be given by its id.') }
  }
  return {
    input: { bytes: file.data, fileName: file.name, language: language || undefined, title: title || undefined },
    versionOf: versionOf === undefined || versionOf === null || versionOf === '' ? undefined : String(versionOf),
  }
}

/** Bad input is the editor's to fix (400; 413 for a file over the size limit); anything else is the server's. */
function inputErrorResponse(error: unknown): Response {
  if (error instanceof ImportInputError) return errorResponse(error.code === 'too-large' ? 413 : 400, error.message)
  throw error
}

/**
 * POST /api/sources/import/analyse: what the import would detect (title,
 * language, format, size, counts) and the sources the document may be a new
 * version of. Writes nothing.
 */
export const analyseDocumentEndpoint: Endpoint = {
  path: IMPORT_ANALYSE_PATH,
  method: 'post',
  handler: async (req) => {
    const user = signedInUser(req)
    const request = await importRequest(req, user)
    if ('error' in request) return request.error
    try {
      return Response.json(await analyseDocument(req.payload, request.input, user!))
    } catch (error) {
      return inputErrorResponse(error)
    }
  },
}

/**
 * POST /api/sources/import: imports the document, with the editor's title when
 * given, as a new version of `versionOf` when given, else as a new source
 * (unless the identical text is already imported).
 * Answers 201 with the import summary (200 when the document was already imported unchanged).
 */
export const importDocumentEndpoint: Endpoint = {
  path: IMPORT_ENDPOINT_PATH,
  method: 'post',
  handler: async (req) => {
    const user = signedInUser(req)
    const request = await importRequest(req, user)
    if ('error' in request) return request.error
    try {
      const summary = await importDocument(req.payload, request.input, { user: user!, versionOf: request.versionOf })
      return Response.json(summary, { status: summary.status === 'unchanged' ? 200 : 201 })
    } catch (error) {
      return inputErrorResponse(error)
    }
  },
}
