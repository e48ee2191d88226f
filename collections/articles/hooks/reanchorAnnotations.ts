import type { CollectionAfterChangeHook } from 'payload'

import { queueArticleReanchor } from '@/server/annotate/reanchorQueue'
import { articleText, type Locale } from '@/server/annotate/targetText'
import { bodyChanged } from './bodyChanged'

const LOCALES: Locale[] = ['en', 'zh']

/**
 * After a save (drafts and autosaves too) the annotations on each locale whose
 * body changed follow its text: queued to run once the save has answered
 * (server/annotate/reanchorQueue). A save that leaves the body as it was
 * (a title-only autosave) queues nothing.
 */
export const reanchorArticleAnnotations: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const all = req.locale === 'all'
  const locales = all ? LOCALES : [(req.locale as Locale | undefined) ?? 'en']
  const transactionID = await req.transactionID
  for (const locale of locales) {
    const body = all ? (doc.body as Record<string, unknown> | undefined)?.[locale] : doc.body
    const before = all ? (previousDoc?.body as Record<string, unknown> | undefined)?.[locale] : previousDoc?.body
    if (!bodyChanged(body, before)) continue
    queueArticleReanchor(req.payload, { kind: 'article', id: String(doc.id), locale }, articleText(body), transactionID)
  }
  return doc
}
