import { citationDedupKey } from '@/lib/cite/dedup'
import type { PlannedCitation } from '@/lib/corpus/transform/types'
import type { Citation } from '@/payload-types'
import { knownLanguage } from './names'
import { ID_ONLY, type Counts, type DocId, type WriteContext } from './types'

type CitationData = Omit<Citation, 'createdAt' | 'displayTitle' | 'id' | 'updatedAt'>

const citationData = (work: PlannedCitation): CitationData => ({
  type: work.type,
  authors: work.authors.map((author) => ({ ...author, role: 'author' as const })),
  title: work.title,
  containerTitle: work.containerTitle,
  publisher: work.publisher,
  publisherPlace: work.publisherPlace,
  issued: work.issued,
  isbn: work.isbn,
  url: work.url,
  pages: work.pages,
  language: knownLanguage(work.language),
  note: [work.note, work.archiveNote].filter(Boolean).join('\n'),
})

/**
 * Finds or creates the record of every work the document cites: one lookup for
 * all their dedup keys, a create for each work not yet in the database.
 * Returns the record id of each plan citation key.
 */
export async function writeCitations(context: WriteContext, works: PlannedCitation[]): Promise<{ ids: Map<string, DocId>; counts: Counts }> {
  const { payload, req, overrideAccess } = context
  const planned = works.map((work) => {
    const data = citationData(work)
    return { work, data, dedupKey: citationDedupKey(data) }
  })
  const keys = [...new Set(planned.flatMap(({ dedupKey }) => (dedupKey ? [dedupKey] : [])))]
  const existing = keys.length
    ? await payload.find({ collection: 'citations', req, overrideAccess, depth: 0, pagination: false, where: { dedupKey: { in: keys } }, select: { dedupKey: true } })
    : { docs: [] }
  const idByDedupKey = new Map<string, DocId>(existing.docs.flatMap((doc) => (doc.dedupKey ? [[doc.dedupKey, doc.id] as const] : [])))

  const ids = new Map<string, DocId>()
  const counts = { new: 0, reused: 0 }
  for (const { work, data, dedupKey } of planned) {
    const known = dedupKey ? idByDedupKey.get(dedupKey) : undefined
    if (known !== undefined) {
      ids.set(work.key, known)
      counts.reused++
      continue
    }
    const created = await payload.create({ collection: 'citations', req, overrideAccess, depth: 0, data, select: ID_ONLY })
    if (dedupKey) idByDedupKey.set(dedupKey, created.id)
    ids.set(work.key, created.id)
    counts.new++
  }
  return { ids, counts }
}
