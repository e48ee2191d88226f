import type { CollectionAfterChangeHook } from 'payload'

import { reanchorAnnotations } from '@/server/annotate/reanchor'
import { articleText, type Locale } from '@/server/annotate/targetText'

const LOCALES: Locale[] = ['en', 'zh']

/** After a save (drafts and autosaves too) the annotations on each locale whose body changed follow its text. */
export const reanchorArticleAnnotations: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const all = req.locale === 'all'
  const locales = all ? LOCALES : [(req.locale as Locale | undefined) ?? 'en']
  for (const locale of locales) {
    const body = all ? (doc.body as Record<string, unknown> | undefined)?.[locale] : doc.body
    const before = all ? (previousDoc?.body as Record<string, unknown> | undefined)?.[locale] : previousDoc?.body
    if (JSON.stringify(body ?? null) === JSON.stringify(before ?? null)) continue
    await reanchorAnnotations(req, { kind: 'article', id: String(doc.id), locale }, { text: articleText(body), segments: [] })
  }
  return doc
}
