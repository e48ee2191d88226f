import type { Payload, PayloadRequest } from 'payload'

import { atLeast } from '@/access/roles'
import type { AnnotationFinding, FindingDecision, FindingsResponse, FindingWithDecision } from '@/lib/reconcile/api'
import { CheckInputError } from '@/lib/reconcile/check'
import { reanchor, withKeys } from '@/lib/reconcile/findingKey'
import { reviewProgress } from '@/lib/reconcile/progress'
import type { Finding, Segment } from '@/lib/reconcile/types'
import { relationId } from '@/lib/richtext/walk'
import type { Annotation, FindingDecision as StoredDecision, Source, User } from '@/payload-types'
import { findingsOn } from './authorityIndex'
import { ReconcileError } from './errors'
import { readSourceText, SourceNotFoundError } from './sourceText'

/** The request's user, when staff: everyone else is told nothing exists (404). */
export function staffUser(req: PayloadRequest): User | null {
  const user = req.user?.collection === 'users' ? req.user : null
  return atLeast(user, 'historian') ? user : null
}

const REVIEWED_MOTIVATIONS = ['flagging-mt-error', 'correcting'] as const

/** A stored decision in the endpoints' shape. */
export function decisionOf(doc: StoredDecision): FindingDecision {
  const decidedBy = doc.decidedBy
  return {
    id: String(doc.id),
    key: doc.findingKey,
    action: doc.action,
    kind: doc.kind as FindingDecision['kind'],
    severity: doc.severity,
    segmentId: doc.segmentId,
    quote: doc.quote,
    start: doc.start ?? 0,
    end: doc.end ?? 0,
    locale: doc.locale ?? null,
    reason: doc.reason ?? null,
    replacement: doc.replacement ?? null,
    article: relationId(doc.article),
    annotation: relationId(doc.annotation),
    articleVersion: doc.articleVersion ?? null,
    decidedBy: decidedBy === null || decidedBy === undefined ? null : { id: String(relationId(decidedBy)), email: typeof decidedBy === 'object' ? decidedBy.email : null },
    decidedAt: doc.createdAt,
  }
}

/** An open annotation as a finding on its range; its start/end are found from the quote when the annotation has none. */
function annotationFinding(annotation: Annotation, segments: Map<string, Segment>): AnnotationFinding | null {
  const segmentId = annotation.target?.segmentId
  const segment = segmentId ? segments.get(segmentId) : undefined
  if (!segmentId || !segment) return null
  // An annotation's position counts in the source's raw text; a finding's, within its segment.
  const local = typeof annotation.start === 'number' ? annotation.start - (segment.rawStart ?? 0) : -1
  const quoted = local >= 0 && segment.text.slice(local, local + annotation.exact.length) === annotation.exact
  const start = quoted ? local : segment.text.indexOf(annotation.exact)
  const motivation = annotation.motivation as AnnotationFinding['annotation']['motivation']
  const note = annotation.body?.trim() || null
  return {
    kind: 'annotation',
    severity: 'medium',
    segmentId,
    start: Math.max(start, 0),
    end: start >= 0 ? start + annotation.exact.length : 0,
    quote: annotation.exact,
    message: { en: note ?? (motivation === 'correcting' ? 'A correction was proposed here.' : 'Flagged as a machine-translation error.'), zh: note ?? (motivation === 'correcting' ? '此处有更正建议。' : '已标记为机器翻译错误。') },
    ...(annotation.suggestedReplacement ? { suggestion: annotation.suggestedReplacement } : {}),
    annotation: { id: String(annotation.id), motivation, body: note, suggestedReplacement: annotation.suggestedReplacement ?? null },
  }
}

/** The response, with what writes need: the segments by id and the stored ids (as the database gives them). */
export type ReviewState = FindingsResponse & { segments: Map<string, Segment>; sourceId: Source['id'] }

/**
 * Everything doubtful about a source for the user asking: the checks' findings
 * on its segments (against the name authority as stored), its open
 * machine-translation and correction annotations (and those a decision here closed), each with the decision
 * re-anchored on it by key, the decisions whose finding is gone, and the
 * progress. Reads through the Local API as that user (in `req`'s transaction
 * when given).
 */
export async function readReview(payload: Payload, sourceId: string, user: User, req?: PayloadRequest): Promise<ReviewState> {
  const access = { overrideAccess: false, user: { ...user, collection: 'users' as const }, ...(req ? { req } : {}) }
  let text
  try {
    text = await readSourceText(payload, sourceId, access)
  } catch (error) {
    if (error instanceof SourceNotFoundError) throw new ReconcileError(404, error.message)
    throw error
  }
  let checked: Finding[]
  try {
    checked = await findingsOn(payload, text, req)
  } catch (error) {
    if (error instanceof CheckInputError) throw new ReconcileError(400, `Source ${sourceId}: ${error.message}`)
    throw error
  }
  const read = { depth: 0, pagination: false as const, ...access }
  const [annotations, decisions, articles] = await Promise.all([
    payload.find({ collection: 'annotations', ...read, where: { and: [{ 'target.source': { equals: sourceId } }, { motivation: { in: [...REVIEWED_MOTIVATIONS] } }] } }),
    payload.find({ collection: 'finding-decisions', ...read, depth: 1, populate: { users: { email: true } }, sort: 'createdAt', where: { source: { equals: sourceId } } }),
    payload.find({ collection: 'articles', ...read, draft: true, limit: 1, pagination: true, sort: 'createdAt', select: { title: true }, where: { sources: { in: [sourceId] } } }),
  ])
  const segments = new Map(text.segments.map((segment) => [segment.id, segment]))
  // An annotation a dispute opened is that finding's decision, not a finding of its own.
  const disputes = new Set(decisions.docs.map((doc) => relationId(doc.annotation)).filter(Boolean))
  // Keys are given over every such annotation, whatever its status, so that closing one does not renumber the others;
  // the list holds the open ones and those decided here (a decision closes its annotation).
  const decidedKeys = new Set(decisions.docs.map((doc) => doc.findingKey))
  const annotated = withKeys(annotations.docs.filter((annotation) => !disputes.has(String(annotation.id))).flatMap((annotation) => annotationFinding(annotation, segments) ?? []))
  const openAnnotations = new Set(annotations.docs.filter((annotation) => annotation.status === 'open' || !annotation.status).map((annotation) => String(annotation.id)))
  const keyed = [...withKeys(checked), ...annotated.filter((finding) => openAnnotations.has(finding.annotation.id) || decidedKeys.has(finding.key))]
  const order = new Map(text.segments.map((segment, index) => [segment.id, index]))
  keyed.sort((a, b) => (order.get(a.segmentId) ?? 0) - (order.get(b.segmentId) ?? 0) || a.start - b.start)
  const { byKey, stale } = reanchor(keyed, decisions.docs.map(decisionOf))
  const findings: FindingWithDecision[] = keyed.map((finding) => ({ ...finding, decision: byKey.get(finding.key) ?? null }))
  const article = articles.docs[0]
  return {
    source: { id: sourceId, title: text.title, language: text.language },
    article: article ? { id: String(article.id), title: article.title } : null,
    findings,
    progress: reviewProgress(findings),
    staleDecisions: stale,
    segments,
    sourceId: text.id,
  }
}
