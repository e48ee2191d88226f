import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { asUser, isHistorianOnly } from './roles'

/**
 * Historians may save drafts of any article or map, including a new draft of a
 * published one, but may not publish or unpublish. Access control already
 * refuses `_status: 'published'`; this closes the other paths: writing over a
 * published document's main record without `draft: true`, by update or by
 * restoring an older draft version, which would either change published text
 * or unpublish it, and duplicating a published document, whose copy would be
 * published.
 */
export const historiansSaveDrafts: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || !isHistorianOnly(asUser(req.user))) return args
  // A copy takes the status of what it copies, and create access only sees the (empty) data given: a historian's
  // copy of a published document is saved as a draft.
  if (operation === 'create' && (args as { duplicateFromID?: unknown }).duplicateFromID != null) return { ...args, draft: true }
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  const { draft, id, where } = args as { draft?: boolean; id?: number | string; where?: Where }
  if (draft) return args
  let target: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
  if (operation === 'restoreVersion') {
    // `id` names the version; what would be overwritten is its parent document.
    const { docs } = await req.payload.findVersions({
      collection: collection.slug as 'articles',
      req,
      depth: 0,
      limit: 1,
      pagination: false,
      where: { id: { equals: id } },
    })
    const parent = docs[0]?.parent // an id at depth 0
    if (parent === undefined || parent === null) return args // no such version: the operation answers 404
    target = { id: { equals: parent } }
  }
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
