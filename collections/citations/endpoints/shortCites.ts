import type { Endpoint } from 'payload'

import { isLocale } from '@/lib/i18n/locales'
import { shortCites } from '@/server/bibliography/shortCites'

/** As many works as one request may ask for: the chips of a long article come in a few requests, not one per chip. */
export const SHORT_CITES_LIMIT = 200

const errorResponse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/citations/short-cites?ids=a,b,c&locale=en|zh: for each work, the short head the editor's
 * citation chip shows ("Kang 2013") and its full Chicago reference (HTML); unknown ids are left out.
 */
export const shortCitesEndpoint: Endpoint = {
  path: '/short-cites',
  method: 'get',
  handler: async (req) => {
    const locale = String(req.query?.locale ?? 'en')
    if (!isLocale(locale)) return errorResponse(400, 'The locale must be "en" or "zh".')
    const ids = [...new Set(String(req.query?.ids ?? '').split(',').map((id) => id.trim()).filter(Boolean))]
    if (!ids.length) return errorResponse(400, 'Name the works as ids=a,b,c.')
    if (ids.length > SHORT_CITES_LIMIT) return errorResponse(400, `Ask for at most ${SHORT_CITES_LIMIT} works at a time (${ids.length} were named).`)
    return Response.json({ docs: await shortCites(req.payload, req, ids, locale) })
  },
}
