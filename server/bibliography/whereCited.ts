import type { Payload, PayloadRequest } from 'payload'

import { whereCited, type CitedUse } from '@/lib/cite/whereCited'
import type { EditorState } from '@/lib/richtext/walk'
import { byLocale } from '@/server/sourcing/loadQueue'

/** Reads every article's latest draft (both locales, as the user asking may) and lists the uses of `work` in them. */
export async function loadWhereCited(payload: Payload, req: PayloadRequest, work: string): Promise<CitedUse[]> {
  const locales = (payload.config.localization && payload.config.localization.localeCodes) || ['en']
  const { docs } = await payload.find({ req, overrideAccess: false, collection: 'articles', draft: true, depth: 0, pagination: false, locale: 'all', select: { title: true, body: true, infobox: true } })
  const articles = docs.map((doc) => ({
    id: String(doc.id),
    title: byLocale(doc.title as never, locales) as Partial<Record<string, string>>,
    bodies: byLocale(doc.body as never, locales) as Partial<Record<string, EditorState>>,
    infobox: (doc.infobox?.citations ?? []).map((row) => ({ value: row.value, locator: row.locator, citation: row.citation })),
  }))
  return whereCited(work, articles, locales)
}
