import type { PayloadRequest, Where } from 'payload'

import { anchorFields, anchorIn, anchorMoved } from './anchorFields'
import type { TargetRef, TargetText } from './targetText'

export type AnchorCounts = { exact: number; fuzzy: number; orphaned: number; moved: number }

/** Annotations on one text: a source's, or an article's in one locale (older ones without a locale are English). */
export function annotationsOn(target: TargetRef): Where {
  if (target.kind === 'source') return { 'target.source': { equals: target.id } }
  const locale = target.locale ?? 'en'
  return {
    and: [
      { 'target.article': { equals: target.id } },
      { or: [{ 'target.locale': { equals: locale } }, ...(locale === 'en' ? [{ 'target.locale': { exists: false } }] : [])] },
    ],
  }
}

/**
 * Anchors every annotation on `target` again in its new text and stores the
 * new position and state, in the request's transaction. Runs as the system:
 * whoever changed the text moves everyone's annotations with it.
 */
export async function reanchorAnnotations(req: PayloadRequest, target: TargetRef, text: TargetText): Promise<AnchorCounts> {
  const counts: AnchorCounts = { exact: 0, fuzzy: 0, orphaned: 0, moved: 0 }
  const { docs } = await req.payload.find({ collection: 'annotations', req, overrideAccess: true, depth: 0, pagination: false, where: annotationsOn(target) })
  for (const annotation of docs) {
    const fields = anchorFields(anchorIn(text, annotation), text, annotation)
    counts[fields.anchor.state] += 1
    if (!anchorMoved(annotation, fields)) continue
    counts.moved += 1
    await req.payload.update({ collection: 'annotations', id: annotation.id, req, overrideAccess: true, depth: 0, data: fields, context: { reanchored: true } })
  }
  return counts
}
