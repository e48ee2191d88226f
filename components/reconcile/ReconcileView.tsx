import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps, PayloadRequest } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { titleIn } from '@/lib/i18n/listTitle'
import { idOf } from '@/lib/reconcile/refs'
import { defaultComparison } from '@/lib/reconcile/review'
import { ReconcileScreen, type ComparisonChoice } from './ReconcileScreen'
import { reconcileLabels } from './labels'

const AUTHORITY_COLLECTIONS = ['people', 'places', 'terms'] as const

type Doc = { id: number | string; sources?: unknown[] }

/**
 * The Reconcile tab of a source or an article. A source opens its own
 * findings; an article opens the findings of the source it was drafted from,
 * with itself as the comparison.
 */
export async function ReconcileView({ doc, initPageResult }: DocumentViewServerProps) {
  const { req, collectionConfig } = initPageResult
  const labels = reconcileLabels(req.i18n.language)
  const current = doc as Doc
  const isArticle = collectionConfig?.slug === 'articles'
  const sourceId = isArticle ? idOf(current.sources?.[0]) : String(current.id)
  const source = sourceId ? await readSource(req, sourceId) : null
  if (!sourceId || !source) {
    return (
      <Gutter>
        <p>{labels.noSource}</p>
      </Gutter>
    )
  }
  const choices = (await comparisonChoices(req)).filter((choice) => choice.ref !== `sources:${sourceId}`)
  return (
    <Gutter>
      <ReconcileScreen
        sourceId={sourceId}
        sourceTitle={source.title}
        sourceLanguage={source.language ?? ''}
        segments={(source.segments ?? []).map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind }))}
        articleId={isArticle ? String(current.id) : null}
        choices={choices}
        defaultComparison={isArticle ? `articles:${current.id}` : defaultComparison(source, choices)}
        canDecide={atLeast(asUser(req.user), 'editor')}
        authorityCollections={AUTHORITY_COLLECTIONS.filter((slug) => slug in req.payload.collections)}
      />
    </Gutter>
  )
}

type StoredSegment = { segmentId: string; text: string; kind?: string }
type SourceDoc = { id: number | string; title: string; language?: string | null; translatedFrom?: string | null; translationOf?: unknown; segments?: StoredSegment[] | null }

/** The source as the user may read it (null when they may not), with its segments. */
async function readSource(req: PayloadRequest, id: string): Promise<SourceDoc | null> {
  const found = await req.payload.find({
    collection: 'sources',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
    user: req.user,
    select: { title: true, language: true, translatedFrom: true, translationOf: true, segments: true },
  })
  return (found.docs[0] as SourceDoc | undefined) ?? null
}

/** Every source and article the user may read, to compare with (titles only). */
async function comparisonChoices(req: PayloadRequest): Promise<ComparisonChoice[]> {
  const common = { depth: 0, limit: 500, overrideAccess: false, req, user: req.user, pagination: false } as const
  const [sources, articles] = await Promise.all([
    req.payload.find({ ...common, collection: 'sources', select: { title: true, language: true, translatedFrom: true }, sort: 'title' }),
    req.payload.find({ ...common, collection: 'articles', draft: true, select: { listTitle: true }, sort: 'listTitle' }),
  ])
  return [
    ...sources.docs.map((doc) => ({ ref: `sources:${doc.id}`, title: doc.title, language: doc.language ?? '' })),
    ...articles.docs.map((doc) => ({ ref: `articles:${doc.id}`, title: titleIn(doc.listTitle, req.i18n.language) || String(doc.id), language: '' })),
  ]
}
