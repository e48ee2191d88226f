import type { Payload, PayloadRequest } from 'payload'

import { replaceWork } from '@/lib/bibliography/works'
import { relationId, type EditorState } from '@/lib/richtext/walk'
import type { Article } from '@/payload-types'
import { inTransaction } from '@/server/transaction'

/** A merge the editor must correct (same work twice, a work that does not exist or was merged already). */
export class MergeRefused extends Error {
  /** 404 when a work named does not exist, 400 for a merge that cannot be done. */
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message)
  }
}

type Id = number | string
type Infobox = NonNullable<Article['infobox']>

const findWork = async (payload: Payload, req: PayloadRequest, id: string) =>
  payload.findByID({ collection: 'citations', id, req, overrideAccess: false, depth: 0, select: { displayTitle: true, mergedInto: true, possibleDuplicates: true } }).catch((error: { status?: number }) => {
    if (error.status === 404) return null
    throw error
  })

/** An article version's uses of `from` pointed at `to`: each locale's body and the infobox's sources. */
function rewritten(doc: { body?: unknown; infobox?: Article['infobox'] }, from: string, to: Id, locales: string[]) {
  const bodies: Partial<Record<string, EditorState>> = {}
  let moved = 0
  const stored = (doc.body ?? {}) as Record<string, EditorState>
  for (const locale of locales) {
    const { state, replaced } = replaceWork(stored[locale], from, to)
    if (replaced) bodies[locale] = state
    moved += replaced
  }
  const rows = doc.infobox?.citations ?? []
  const infoboxMoved = rows.filter((row) => relationId(row.citation) === from).length
  // Only the sources' rows: the infobox's localized values were read in every locale at once and are not written back.
  const infobox: Infobox | undefined = infoboxMoved ? { citations: rows.map((row) => (relationId(row.citation) === from ? { ...row, citation: to as never } : row)) } : undefined
  return { bodies, infobox, moved: moved + infoboxMoved }
}

/**
 * Merges work `removedId` into `survivorId` in one transaction: every use in
 * every article (each locale's body and the infobox's sources, in the
 * published version and in the latest draft) moves to the survivor, and the
 * merged-away work keeps only `mergedInto`, which lookups follow. Editors only
 * (the endpoint checks); anything refused changes nothing.
 */
export async function mergeWorks(payload: Payload, user: PayloadRequest['user'], removedId: string, survivorId: string) {
  if (String(removedId) === String(survivorId)) throw new MergeRefused('A work cannot be merged into itself.')
  return inTransaction(
    payload,
    async (req) => {
      const [removed, survivor] = await Promise.all([findWork(payload, req, removedId), findWork(payload, req, survivorId)])
      if (!removed) throw new MergeRefused(`There is no work ${removedId} to merge.`, 404)
      if (!survivor) throw new MergeRefused(`There is no work ${survivorId} to merge into.`, 404)
      if (removed.mergedInto) throw new MergeRefused(`Work ${removedId} was already merged into work ${relationId(removed.mergedInto)}.`)
      if (survivor.mergedInto) throw new MergeRefused(`Work ${survivorId} was merged into work ${relationId(survivor.mergedInto)}: merge into that one.`)

      const locales = (payload.config.localization ? payload.config.localization.localeCodes : ['en']) as ('en' | 'zh')[]
      const write = { collection: 'articles' as const, req, overrideAccess: false, depth: 0, select: { title: true } }
      const read = { collection: 'articles' as const, req, overrideAccess: false, depth: 0, pagination: false as const, locale: 'all' as const, select: { body: true, infobox: true, _status: true } as const }
      const [published, drafts] = await Promise.all([payload.find({ ...read, where: { _status: { equals: 'published' } } }), payload.find({ ...read, draft: true })])
      const publishedById = new Map(published.docs.map((doc) => [String(doc.id), doc]))
      const latestById = new Map(drafts.docs.map((doc) => [String(doc.id), doc]))
      let uses = 0
      let articles = 0
      for (const id of new Set([...publishedById.keys(), ...latestById.keys()])) {
        const publishedDoc = publishedById.get(id)
        const latest = latestById.get(id)
        const draft = latest?._status === 'draft' ? latest : undefined
        const inPublished = publishedDoc ? rewritten(publishedDoc, String(removed.id), survivor.id, locales) : null
        const inDraft = draft ? rewritten(draft, String(removed.id), survivor.id, locales) : null
        if (!inPublished?.moved && !inDraft?.moved) continue
        articles++
        uses += (inPublished?.moved ?? 0) + (inDraft?.moved ?? 0)
        // A published save becomes the newest version: the editor's draft (every locale, as stored) is kept first and written again on top.
        // One locale after the other: the Local API sets the locale on the request it is given.
        let keptDrafts: null | Article[] = null
        if (draft && inPublished?.moved) {
          keptDrafts = []
          for (const locale of locales) keptDrafts.push(await payload.findByID({ collection: 'articles', id: draft.id, req, overrideAccess: false, depth: 0, draft: true, locale, fallbackLocale: false }))
        }
        if (publishedDoc && inPublished?.moved) {
          for (const [locale, body] of Object.entries(inPublished.bodies)) await payload.update({ ...write, id: publishedDoc.id, locale: locale as (typeof locales)[number], draft: false, data: { body, _status: 'published' } as never })
          if (inPublished.infobox) await payload.update({ ...write, id: publishedDoc.id, draft: false, data: { infobox: inPublished.infobox, _status: 'published' } as never })
        }
        if (!draft || !inDraft) continue
        for (const [index, locale] of locales.entries()) {
          const { id: _id, createdAt: _created, updatedAt: _updated, _status: _draftStatus, ...kept } = (keptDrafts?.[index] ?? {}) as Record<string, unknown>
          const body = inDraft.bodies[locale]
          if (!keptDrafts && body === undefined && !(index === 0 && inDraft.infobox)) continue
          const data = { ...kept, ...(body !== undefined ? { body } : {}), ...(inDraft.infobox ? { infobox: inDraft.infobox } : {}) }
          await payload.update({ ...write, id: draft.id, locale, draft: true, data: data as never })
        }
      }
      await payload.update({ collection: 'citations', id: removed.id, req, overrideAccess: false, depth: 0, data: { mergedInto: survivor.id, possibleDuplicates: [] } as never })
      // The pair is settled: the survivor no longer lists the merged-away work as a possible duplicate.
      const flagged = (survivor.possibleDuplicates ?? []).map((value) => (value && typeof value === 'object' ? value.id : value))
      if (flagged.some((value) => String(value) === String(removed.id)))
        await payload.update({ collection: 'citations', id: survivor.id, req, overrideAccess: false, depth: 0, data: { possibleDuplicates: flagged.filter((value) => String(value) !== String(removed.id)) } as never })
      return { survivor: survivor.id, removed: removed.id, articles, uses }
    },
    { user },
  )
}
