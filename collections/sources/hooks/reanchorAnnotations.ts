import type { CollectionAfterChangeHook } from 'payload'

import { reanchorAnnotations } from '@/server/annotate/reanchor'
import { readTargetText, type TargetRef } from '@/server/annotate/targetText'

/** A new version of a source (a re-import: its raw text replaced) moves its annotations to the new text. */
export const reanchorSourceAnnotations: CollectionAfterChangeHook = async ({ context, doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const changed = context.reimport || ('rawText' in doc && doc.rawText !== previousDoc?.rawText)
  if (!changed) return doc
  const target: TargetRef = { kind: 'source', id: String(doc.id), locale: null }
  const text = await readTargetText(req, target, { system: true })
  if (text) await reanchorAnnotations(req, target, text)
  return doc
}
