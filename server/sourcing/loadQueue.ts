import type { Payload, PayloadRequest } from 'payload'

import { relationId, type EditorState } from '@/lib/richtext/walk'
import { PassageCache, sourcingQueue, type ArticleDraft, type QueueRow, type SourceRecord } from '@/lib/sourcing/queue'

type Localized<T> = Partial<Record<string, T>> | T | null | undefined

/** A localized field read with `locale: 'all'`: an object of locales (or, on a database without locales, the value). */
export function byLocale<T>(value: Localized<T>, locales: string[]): Partial<Record<string, T>> {
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((key) => locales.includes(key))) return value as Partial<Record<string, T>>
  return value == null ? {} : { [locales[0] ?? 'en']: value as T }
}

// Per server instance: a draft's passages are read again only once it is saved again (its updatedAt).
const passageCache = new PassageCache()

/**
 * Reads every article's latest draft (both locales), every source's flags and
 * segments, and which cited works exist, as the user asking may read them,
 * and computes the queue.
 */
export async function loadSourcingQueue(payload: Payload, req: PayloadRequest): Promise<QueueRow[]> {
  const locales = (payload.config.localization && payload.config.localization.localeCodes) || ['en']
  const read = { req, overrideAccess: false, depth: 0, pagination: false, locale: 'all' } as const
  const [articles, sources] = await Promise.all([
    payload.find({ ...read, collection: 'articles', draft: true, select: { title: true, body: true, sources: true, updatedAt: true } }),
    payload.find({ ...read, collection: 'sources', select: { title: true, language: true, segments: true, flags: true, createdAt: true } }),
  ])

  const drafts: ArticleDraft[] = articles.docs.map((doc) => ({
    id: String(doc.id),
    title: byLocale(doc.title as Localized<string>, locales),
    updatedAt: doc.updatedAt,
    bodies: byLocale(doc.body as Localized<EditorState>, locales),
    sourceIds: (doc.sources ?? []).map(relationId).filter((id): id is string => id !== null),
  }))
  const records: SourceRecord[] = sources.docs.map((doc) => ({
    id: String(doc.id),
    title: doc.title,
    language: doc.language,
    createdAt: doc.createdAt,
    segments: Array.isArray(doc.segments) ? (doc.segments as SourceRecord['segments']) : [],
    flags: (doc.flags ?? []).map((flag) => ({ kind: flag.kind, segmentId: flag.segmentId ?? null, marker: flag.marker ?? null, resolved: flag.resolved ?? false, message: flag.message })),
  }))

  const passages = passageCache.read(drafts)
  const cited = new Set<string>()
  for (const list of passages.values()) for (const passage of list) for (const work of passage.works) cited.add(work)
  const existing = cited.size
    ? await payload.find({ req, overrideAccess: false, collection: 'citations', depth: 0, pagination: false, where: { id: { in: [...cited] } }, select: { displayTitle: true } })
    : { docs: [] }
  const works = new Set(existing.docs.map((doc) => String(doc.id)))
  return sourcingQueue({ articles: drafts, sources: records, workExists: (id) => works.has(id), passages })
}
