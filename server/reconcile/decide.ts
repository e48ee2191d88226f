import type { Payload, PayloadRequest } from 'payload'

import { atLeast } from '@/access/roles'
import type { DecisionAction, DecisionRequest, DecisionResponse, FindingWithDecision } from '@/lib/reconcile/api'
import { locateQuote } from '@/lib/reconcile/locate'
import { reviewProgress } from '@/lib/reconcile/progress'
import { replaceInBlock, textBlocks } from '@/lib/richtext/blocks'
import type { EditorState } from '@/lib/richtext/walk'
import type { Annotation, Article, User } from '@/payload-types'
import { inTransaction } from '@/server/transaction'
import { ReconcileError } from './errors'
import { scriptOf } from '@/lib/corpus/script'
import { decisionOf, readReview, type ReviewState } from './findings'

const ACTIONS: readonly DecisionAction[] = ['accepted', 'corrected', 'dismissed', 'disputed', 'added-to-authority']
const NAME_KINDS = ['machine-translation', 'pinyin', 'variant', 'historic', 'official'] as const
const CONTEXT = 32
const NOT_BODY_TEXT: Record<string, string> = { note: 'a note (the article has it as a citation)', infobox: 'an infobox row', caption: 'a figure caption', 'table-row': 'a table row' }

type Valid = DecisionRequest & { reason?: string; replacement?: string }

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined)

/** The request's shape, before anything is read: 400 with what is wrong. */
function validated(body: Partial<DecisionRequest> | null | undefined): Valid {
  if (!body || typeof body !== 'object') throw new ReconcileError(400, 'The request body must be a JSON object: { key, action, … }.')
  if (typeof body.key !== 'string' || !body.key) throw new ReconcileError(400, 'Give the key of the finding decided ("key").')
  if (!ACTIONS.includes(body.action as DecisionAction)) throw new ReconcileError(400, `The action must be one of ${ACTIONS.join(', ')}.`)
  if (body.locale !== undefined && body.locale !== 'en' && body.locale !== 'zh') throw new ReconcileError(400, 'The locale must be "en" or "zh".')
  if ((body.action === 'dismissed' || body.action === 'disputed') && !text(body.reason)) {
    throw new ReconcileError(400, body.action === 'dismissed' ? 'Say why the finding is dismissed ("reason").' : 'Say what is disputed ("reason").')
  }
  if (body.action === 'corrected' && typeof body.replacement !== 'string') throw new ReconcileError(400, 'A correction needs the corrected text ("replacement").')
  if (body.action === 'added-to-authority') {
    const authority = body.authority
    if (!authority || !['people', 'places', 'terms'].includes(authority.collection) || !text(authority.name) || !NAME_KINDS.includes(authority.nameKind)) {
      throw new ReconcileError(400, `Adding to the authority needs { collection: "people" | "places", id?, name, nameKind: ${NAME_KINDS.join(' | ')} }.`)
    }
    if (authority.collection === 'terms') throw new ReconcileError(400, 'The authority keeps no terms yet: add the rendering to a person or a place.')
  }
  return body as Valid
}

type Written = { article?: Article['id']; articleVersion?: string; annotation?: Annotation['id']; locale?: 'en' | 'zh' }

/** Writes the replacement at the finding's range into the article's draft in `locale`, as a new draft version. */
async function correctArticle(payload: Payload, req: PayloadRequest, review: ReviewState, finding: FindingWithDecision, replacement: string, request: Valid): Promise<Written> {
  const articleId = request.article ?? review.article?.id
  if (!articleId) throw new ReconcileError(409, 'No article is drafted from this source: there is nothing to correct.')
  const locale = request.locale ?? (review.source.language === 'zh' ? 'zh' : 'en')
  const article: Article | null = await payload.findByID({ collection: 'articles', id: articleId, draft: true, locale, fallbackLocale: false, depth: 0, req, overrideAccess: false, disableErrors: true })
  if (!article) throw new ReconcileError(400, `There is no article with id ${articleId}.`)
  if (!(article.sources ?? []).some((source) => String(typeof source === 'object' ? source.id : source) === review.source.id)) {
    throw new ReconcileError(400, `Article ${articleId} is not drafted from source ${review.source.id}.`)
  }
  const segment = review.segments.get(finding.segmentId)
  const body = article.body as NonNullable<EditorState> | null | undefined
  const blocks = textBlocks(body)
  const located = segment ? locateQuote(blocks.map((block) => block.text), segment.text, finding.start, finding.end) : { reason: `Segment ${finding.segmentId} is not in the source.` }
  if ('reason' in located) {
    // Notes, infobox rows and captions become citations and infobox fields, not body text.
    const elsewhere = segment?.kind && NOT_BODY_TEXT[segment.kind]
    throw new ReconcileError(409, `Nothing written: ${elsewhere ? `the finding is in ${elsewhere}, which the article does not carry as body text; correct it there by hand.` : located.reason}`)
  }
  const block = blocks[located.found.block]!
  const corrected = replaceInBlock(body!, block.path, located.found.start, located.found.end, replacement)
  if (!corrected) throw new ReconcileError(409, `Nothing written: "${finding.quote}" crosses a line break in the article; correct it by hand.`)
  await payload.update({ collection: 'articles', id: articleId, locale, draft: true, data: { body: corrected as Article['body'] }, req, overrideAccess: false, depth: 0, select: { title: true } })
  const versions = await payload.findVersions({ collection: 'articles', where: { parent: { equals: articleId } }, sort: '-updatedAt', limit: 1, depth: 0, req, overrideAccess: false, })
  return { article: article.id, locale, articleVersion: versions.docs[0] ? String(versions.docs[0].id) : undefined }
}

/** Opens an annotation on the finding's range (motivation 'flagging-mt-error', note = the reason). */
async function openDispute(payload: Payload, req: PayloadRequest, review: ReviewState, finding: FindingWithDecision, reason: string): Promise<Written> {
  const segment = review.segments.get(finding.segmentId)
  const segmentText = segment?.text ?? ''
  // Annotations count positions in the source's raw text (W3C text positions), findings within their segment.
  const offset = segment?.rawStart ?? 0
  const annotation = await payload.create({
    collection: 'annotations',
    req,
    overrideAccess: false,
    depth: 0,
    data: {
      target: { source: review.sourceId, segmentId: finding.segmentId },
      exact: finding.quote,
      prefix: segmentText.slice(Math.max(0, finding.start - CONTEXT), finding.start),
      suffix: segmentText.slice(finding.end, finding.end + CONTEXT),
      start: offset + finding.start,
      end: offset + finding.end,
      motivation: 'flagging-mt-error',
      body: reason,
      ...(finding.suggestion ? { suggestedReplacement: finding.suggestion } : {}),
    },
  })
  return { annotation: annotation.id }
}


/** Appends the rendering to the entity's recorded names, with its kind and this source; creates the entity when no id is given. */
async function addToAuthority(payload: Payload, req: PayloadRequest, review: ReviewState, authority: NonNullable<DecisionRequest['authority']>): Promise<Written> {
  const collection = authority.collection as 'people' | 'places'
  const name = authority.name.trim()
  const row = { name, language: review.source.language === 'zh' ? ('zh' as const) : ('en' as const), script: scriptOf(name), kind: authority.nameKind, source: review.sourceId }
  if (authority.id === undefined) {
    await payload.create({ collection, req, overrideAccess: false, depth: 0, data: { name, names: [row] } })
    return {}
  }
  const entity = await payload.findByID({ collection, id: authority.id, req, overrideAccess: false, depth: 0, disableErrors: true })
  if (!entity) throw new ReconcileError(400, `There is no ${collection === 'people' ? 'person' : 'place'} with id ${authority.id}.`)
  const names = entity.names ?? []
  // A name already recorded with that kind is not recorded twice.
  if (!names.some((recorded) => recorded.name === name && recorded.kind === row.kind)) {
    await payload.update({ collection, id: entity.id, req, overrideAccess: false, depth: 0, data: { names: [...names, row] } })
  }
  return {}
}

/**
 * Records one decision on one of a source's findings, with what it implies
 * (a new article draft version, an annotation, a recorded name), in one
 * transaction: a refusal or failure leaves nothing written. A key that
 * matches no current finding is refused (409): the text changed under it.
 */
export async function decide(payload: Payload, sourceId: string, user: User, body: Partial<DecisionRequest> | null | undefined): Promise<DecisionResponse> {
  const request = validated(body)
  if (request.action !== 'disputed' && !atLeast(user, 'editor')) throw new ReconcileError(403, 'Historians may dispute a finding; deciding it is for editors.')
  const sessionUser = { ...user, collection: 'users' as const }
  return inTransaction(
    payload,
    async (req) => {
      const review = await readReview(payload, sourceId, user, req)
      const finding = review.findings.find((candidate) => candidate.key === request.key)
      if (!finding) throw new ReconcileError(409, 'That finding no longer matches the source: its text changed since it was listed (or the key is wrong). Reload the findings.')
      let written: Written = {}
      let replacement: string | undefined
      if (request.action === 'accepted' || request.action === 'corrected') {
        replacement = request.action === 'corrected' ? request.replacement : (request.replacement ?? finding.suggestion)
        if (replacement === undefined) throw new ReconcileError(400, 'This finding has no suggestion to accept: correct it instead, with the corrected text.')
        written = await correctArticle(payload, req, review, finding, replacement, request)
      } else if (request.action === 'disputed') {
        written = await openDispute(payload, req, review, finding, request.reason!)
      } else if (request.action === 'added-to-authority') {
        written = await addToAuthority(payload, req, review, request.authority!)
      }
      if (finding.kind === 'annotation' && request.action !== 'disputed') {
        // Deciding an annotation answers it: accepted and corrected ones are resolved, dismissed ones rejected.
        const status = request.action === 'dismissed' ? 'rejected' : 'resolved'
        await payload.update({ collection: 'annotations', id: finding.annotation.id, req, overrideAccess: false, depth: 0, data: { status } })
      }
      const stored = await payload.create({
        collection: 'finding-decisions',
        req,
        overrideAccess: false,
        depth: 0,
        data: {
          source: review.sourceId,
          findingKey: finding.key,
          kind: finding.kind,
          severity: finding.severity,
          segmentId: finding.segmentId,
          quote: finding.quote,
          start: finding.start,
          end: finding.end,
          action: request.action,
          ...(text(request.reason) ? { reason: request.reason } : {}),
          ...(replacement !== undefined ? { replacement } : request.action === 'added-to-authority' ? { replacement: request.authority!.name } : {}),
          ...(written.article ? { article: written.article, locale: written.locale } : {}),
          ...(written.annotation ? { annotation: written.annotation } : {}),
          ...(written.articleVersion ? { articleVersion: written.articleVersion } : {}),
        },
      })
      const decision = { ...decisionOf(stored), decidedBy: { id: String(user.id), email: user.email } }
      const findings = review.findings.map((candidate) => (candidate.key === finding.key ? { ...candidate, decision } : candidate))
      return { decision, progress: reviewProgress(findings) }
    },
    { user: sessionUser },
  )
}
