import type { PayloadRequest, Where } from 'payload'

import { relationId } from '@/lib/richtext/walk'
import type { Annotation, User } from '@/payload-types'
import { targetOf, type TargetRef } from './targetText'

/** One line of the dashboard's lists: what the annotation says and which document (and where in it) it is on. */
export type OpenRow = {
  id: string
  exact: string
  motivation: string
  body: string | null
  status: string
  anchorState: string | null
  target: TargetRef & { title: string | null }
}

export type OpenLists = { mine: OpenRow[]; onArticles: OpenRow[]; awaiting: OpenRow[] }

const LIST_LENGTH = 20
const OPEN: Where = { or: [{ status: { equals: 'open' } }, { status: { exists: false } }] }

const titleOf = (value: unknown) => (value && typeof value === 'object' && 'title' in value && typeof value.title === 'string' ? value.title : null)

function rowOf(annotation: Annotation): OpenRow | null {
  const target = targetOf(annotation.target)
  if (!target) return null
  const document = target.kind === 'source' ? annotation.target?.source : annotation.target?.article
  return { id: String(annotation.id), exact: annotation.exact, motivation: annotation.motivation, body: annotation.body ?? null, status: annotation.status ?? 'open', anchorState: annotation.anchor?.state ?? null, target: { ...target, title: titleOf(document) } }
}

/**
 * The articles a person works on, as the platform records it (it keeps no
 * author per article version): those whose text they changed through a
 * decision on a finding (a draft version written) or by resolving a
 * correction as applied, and those they annotated or replied on.
 */
export async function articlesWorkedOn(req: PayloadRequest, user: User): Promise<string[]> {
  const as = { req, user, overrideAccess: false, depth: 0, pagination: false } as const
  const [decisions, annotations] = await Promise.all([
    req.payload.find({ ...as, collection: 'finding-decisions', select: { article: true }, where: { and: [{ decidedBy: { equals: user.id } }, { articleVersion: { exists: true } }, { article: { exists: true } }] } }),
    req.payload.find({
      ...as,
      collection: 'annotations',
      select: { target: true },
      where: { and: [{ 'target.article': { exists: true } }, { or: [{ author: { equals: user.id } }, { 'replies.author': { equals: user.id } }, { and: [{ 'resolution.by': { equals: user.id } }, { 'resolution.appliedInVersion': { exists: true } }] }] }] },
    }),
  ])
  const ids = [...decisions.docs.map((doc) => relationId(doc.article)), ...annotations.docs.map((doc) => relationId(doc.target?.article))]
  return [...new Set(ids.filter((id): id is string => Boolean(id)))]
}

/**
 * The dashboard's lists for `user`, latest first, read as that user: their
 * own (open ones, and decided ones with their status, so that they see what
 * became of them); others' open ones on the articles they work on; and every
 * open one, all awaiting an editor's decision.
 */
export async function openLists(req: PayloadRequest, user: User): Promise<OpenLists> {
  const find = async (where: Where, { open = true } = {}) => {
    const { docs } = await req.payload.find({
      collection: 'annotations',
      req,
      user,
      overrideAccess: false,
      depth: 1,
      limit: LIST_LENGTH,
      sort: '-updatedAt',
      populate: { sources: { title: true }, articles: { title: true } },
      where: open ? { and: [OPEN, where] } : where,
    })
    return docs.map(rowOf).filter((row): row is OpenRow => row !== null)
  }
  const articles = await articlesWorkedOn(req, user)
  const [mine, onArticles, awaiting] = await Promise.all([
    find({ author: { equals: user.id } }, { open: false }),
    articles.length ? find({ and: [{ 'target.article': { in: articles } }, { author: { not_equals: user.id } }] }) : Promise.resolve([]),
    find({}),
  ])
  return { mine, onArticles, awaiting }
}
