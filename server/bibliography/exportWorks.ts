import type { Payload, PayloadRequest } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import type { ExchangeFormat, ExchangeRecord } from '@/lib/bibliography/exchange'
import { writeBibliography } from '@/lib/bibliography/exchange'
import { citedWorkIds } from '@/lib/bibliography/works'
import { relationId, type EditorState } from '@/lib/richtext/walk'
import type { Citation } from '@/payload-types'

export const EXCHANGE_MEDIA_TYPES: Record<ExchangeFormat, { type: string; extension: string }> = {
  bibtex: { type: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
  'csl-json': { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'json' },
}

const asRecord = (work: Citation): ExchangeRecord => ({ ...work, authors: work.authors ?? [] }) as unknown as ExchangeRecord

/**
 * The works an article cites (every locale's body, its primary-source
 * quotations and infobox sources), in order of first use, as BibTeX, RIS or
 * CSL-JSON. Staff read the latest draft; anyone else the published version
 * (null when there is none to read).
 */
export async function articleBibliography(payload: Payload, req: PayloadRequest, id: string, format: ExchangeFormat): Promise<null | string> {
  const staff = atLeast(asUser(req.user), 'historian')
  const article = await payload
    .findByID({ collection: 'articles', id, req, overrideAccess: false, draft: staff, locale: 'all', depth: 0, select: { body: true, infobox: true } })
    .catch((error: { status?: number }) => {
      if (error.status === 404) return null
      throw error
    })
  if (!article) return null
  const bodies = Object.values((article.body ?? {}) as Record<string, EditorState>)
  const infobox = (article.infobox?.citations ?? []).map((row) => relationId(row.citation)).filter((work): work is string => work !== null)
  const ids = [...new Set([...bodies.flatMap(citedWorkIds), ...infobox])]
  const { docs } = ids.length ? await payload.find({ collection: 'citations', req, overrideAccess: false, depth: 0, pagination: false, where: { id: { in: ids } } }) : { docs: [] }
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return writeBibliography(ids.flatMap((work) => (byId.has(work) ? [asRecord(byId.get(work)!)] : [])), format)
}

/** One work's record as BibTeX, RIS or CSL-JSON (null when there is no such work). */
export async function workRecord(payload: Payload, req: PayloadRequest, id: string, format: ExchangeFormat): Promise<null | string> {
  const work = await payload.findByID({ collection: 'citations', id, req, overrideAccess: false, depth: 0 }).catch((error: { status?: number }) => {
    if (error.status === 404) return null
    throw error
  })
  return work ? writeBibliography([asRecord(work)], format) : null
}
