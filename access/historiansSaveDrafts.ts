import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { asUser, isHistorianOnly } from './roles'

/**
 * Historians may save drafts of any article or map, including a new draft of a
 * published one, but may not publish or unpublish. Access control already
 * refuses `_status: 'published'`; this closes the other path: writing over a
 * published document's main record without `draft: true`, which would either
 * change published text or unpublish it.
 */
export const historiansSaveDrafts: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'update' || overrideAccess || !isHistorianOnly(asUser(req.user))) return args
  const { draft, id, where } = args as { draft?: boolean; id?: number | string; where?: Where }
  if (draft) return args
  const target: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
  const published = await req.payload.count({
    collection: collection.slug as 'articles',
    req,
    where: { and: [target, { _status: { equals: 'published' } }] },
  })
  if (published.totalDocs > 0) {
    throw new APIError(
      'Historians save drafts of published documents (draft=true); publishing and unpublishing are for editors.',
      403,
      undefined,
      true,
    )
  }
  return args
}
