import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { STATUS_TRANSITIONS } from '@/lib/annotate/status'
import { relationId } from '@/lib/richtext/walk'
import type { Annotation } from '@/payload-types'

type Status = NonNullable<Annotation['status']>

/** The latest version of an article: the draft that held the text when a correction was resolved. */
async function latestVersionId(req: Parameters<CollectionBeforeChangeHook>[0]['req'], articleId: string): Promise<string | null> {
  const { docs } = await req.payload.findVersions({ collection: 'articles', req, overrideAccess: true, depth: 0, limit: 1, sort: '-updatedAt', where: { parent: { equals: articleId } }, select: { updatedAt: true } })
  return docs[0] ? String(docs[0].id) : null
}

/**
 * Status changes (editors only: the field's own access drops anyone else's)
 * follow STATUS_TRANSITIONS and record who decided, when, and for a resolved
 * correction on an article the version that applied it. A new annotation is open.
 */
export const recordResolution: CollectionBeforeChangeHook<Annotation> = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const editor = !req.user || atLeast(asUser(req.user), 'editor')
    return editor && data.status && data.status !== 'open' ? data : { ...data, status: 'open', resolution: { by: null, at: null, appliedInVersion: null } }
  }
  const from: Status = originalDoc?.status ?? 'open'
  const to: Status = data.status ?? from
  if (from === to) return data
  if (!STATUS_TRANSITIONS[from].includes(to)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'status', message: `An annotation that is ${from} cannot become ${to}: reopen it first.` }] })
  }
  if (to === 'open') return { ...data, resolution: { by: null, at: null, appliedInVersion: null } }
  const articleId = relationId(originalDoc?.target?.article)
  const appliedInVersion = to === 'resolved' && (data.motivation ?? originalDoc?.motivation) === 'correcting' && articleId ? await latestVersionId(req, articleId) : null
  return { ...data, resolution: { by: req.user?.id ?? null, at: new Date().toISOString(), appliedInVersion } }
}
