import type { Payload, PayloadRequest } from 'payload'

import { formatBibliographyById, toCslItem, type CitationRecord } from '@/lib/cite/format'
import { shortCiteHead, type ShortCiteEntry } from '@/lib/cite/shortCite'
import type { Locale } from '@/lib/i18n/locales'

/**
 * The short heads and full references of the given works, read in one query and formatted by one
 * citeproc engine (the site's Chicago style, in the page's locale); works that do not exist, or that
 * the reader may not see, are left out.
 */
export async function shortCites(payload: Payload, req: PayloadRequest, ids: readonly string[], locale: Locale): Promise<ShortCiteEntry[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({ collection: 'citations', req, overrideAccess: false, depth: 0, pagination: false, where: { id: { in: [...ids] } } })
  const records = docs.map((doc) => ({ id: String(doc.id), record: doc as unknown as CitationRecord }))
  const references = formatBibliographyById(
    records.map(({ id, record }) => toCslItem(record, id)),
    { locale },
  )
  return records.map(({ id, record }) => ({ id, head: shortCiteHead(record), reference: references.get(id) ?? '' }))
}
