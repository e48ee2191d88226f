import type { Endpoint, PayloadRequest } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { toCollection, toJsonLd } from '@/lib/annotate/jsonld'
import { serverURL } from '@/lib/env'
import type { Annotation, User } from '@/payload-types'
import { AnnotationImportError, importAnnotations } from '@/server/annotate/importJsonLd'
import { openLists } from '@/server/annotate/openLists'
import { annotationsOn, reanchorAnnotations } from '@/server/annotate/reanchor'
import { toRecord } from '@/server/annotate/records'
import { readTargetText, type TargetRef } from '@/server/annotate/targetText'
import { inTransaction } from '@/server/transaction'

const JSONLD_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
const errorResponse = (status: number, message: string, reasons?: string[]) => Response.json({ errors: [{ message, ...(reasons ? { reasons } : {}) }] }, { status })
const jsonld = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { 'content-type': JSONLD_TYPE } })

/** Staff only: the public never sees annotations. */
function staff(req: PayloadRequest): { user: User } | { error: Response } {
  const user = asUser(req.user) as User | null
  if (!req.user || !user) return { error: errorResponse(401, 'Log in to read or write annotations.') }
  if (!atLeast(user, 'historian')) return { error: errorResponse(403, 'Only historians, editors and admins work with annotations.') }
  return { user }
}

const findAnnotation = (req: PayloadRequest, user: User, id: string) =>
  req.payload.findByID({ collection: 'annotations', id, req, user, overrideAccess: false, depth: 0, disableErrors: true }).catch(() => null)

/** GET /api/annotations/:id/jsonld — one annotation as W3C JSON-LD. */
const annotationJsonLd: Endpoint = {
  path: '/:id/jsonld',
  method: 'get',
  handler: async (req) => {
    const who = staff(req)
    if ('error' in who) return who.error
    const annotation = await findAnnotation(req, who.user, String(req.routeParams?.id))
    const record = annotation && toRecord(annotation)
    if (!record) return errorResponse(404, `There is no annotation ${String(req.routeParams?.id)}.`)
    return jsonld(toJsonLd(record, serverURL()))
  },
}

function documentOf(url: URL): TargetRef | string {
  const source = url.searchParams.get('source')
  const article = url.searchParams.get('article')
  const locale = url.searchParams.get('locale') ?? 'en'
  if (Boolean(source) === Boolean(article)) return 'Name one document: ?source=<id>, or ?article=<id>&locale=en|zh.'
  if (locale !== 'en' && locale !== 'zh') return 'The locale is en or zh.'
  return source ? { kind: 'source', id: source, locale: null } : { kind: 'article', id: article!, locale }
}

/** GET /api/annotations/jsonld?source=<id> or ?article=<id>&locale=en|zh — one document's annotations as an AnnotationCollection. */
const documentCollection: Endpoint = {
  path: '/jsonld',
  method: 'get',
  handler: async (req) => {
    const who = staff(req)
    if ('error' in who) return who.error
    const url = new URL(req.url ?? '', serverURL())
    const target = documentOf(url)
    if (typeof target === 'string') return errorResponse(400, target)
    const { docs } = await req.payload.find({ collection: 'annotations', req, user: who.user, overrideAccess: false, depth: 0, pagination: false, sort: 'start', where: annotationsOn(target) })
    const base = serverURL()
    const records = docs.map(toRecord).filter((record) => record !== null)
    const query = target.kind === 'source' ? `source=${encodeURIComponent(target.id)}` : `article=${encodeURIComponent(target.id)}&locale=${target.locale}`
    return jsonld(toCollection(records, base, `${base}/api/annotations/jsonld?${query}`, `Annotations on ${target.kind} ${target.id}${target.locale ? ` (${target.locale})` : ''}`))
  },
}

/**
 * POST /api/annotations/anchor?article=<id>&locale=en|zh (or ?source=<id>) — a
 * document is opened: its annotations are anchored again in its current text
 * (the latest draft), the new positions stored in one transaction, and the
 * ones the person may read returned with how many were found where.
 */
const anchorOnOpen: Endpoint = {
  path: '/anchor',
  method: 'post',
  handler: async (req) => {
    const who = staff(req)
    if ('error' in who) return who.error
    const target = documentOf(new URL(req.url ?? '', serverURL()))
    if (typeof target === 'string') return errorResponse(400, target)
    const text = await readTargetText(req, target)
    if (!text) return errorResponse(404, `There is no ${target.kind} ${target.id} that you may read.`)
    const counts = await inTransaction(req.payload, (transaction) => reanchorAnnotations(transaction, target, text), { user: req.user })
    // Depth 1: the panel names authors (those the reader may see) in the thread.
    const { docs } = await req.payload.find({ collection: 'annotations', req, user: who.user, overrideAccess: false, depth: 1, pagination: false, sort: 'start', where: annotationsOn(target) })
    return Response.json({ counts, docs })
  },
}

/** POST /api/annotations/import — W3C JSON-LD annotations (one, an array, or a collection), all or nothing. */
const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const who = staff(req)
    if ('error' in who) return who.error
    let document: unknown
    try {
      document = await req.json?.()
    } catch {
      return errorResponse(400, 'The request body is not JSON.')
    }
    try {
      const ids = await importAnnotations(req.payload, document, who.user, serverURL())
      return Response.json({ created: ids }, { status: 201 })
    } catch (error) {
      if (error instanceof AnnotationImportError) return errorResponse(400, `Nothing was imported: ${error.message}`, error.reasons)
      throw error
    }
  },
}

/** POST /api/annotations/:id/replies {body} — historians reply to anyone's annotation; author and time are the server's. */
const replyEndpoint: Endpoint = {
  path: '/:id/replies',
  method: 'post',
  handler: async (req) => {
    const who = staff(req)
    if ('error' in who) return who.error
    const annotation = await findAnnotation(req, who.user, String(req.routeParams?.id))
    if (!annotation) return errorResponse(404, `There is no annotation ${String(req.routeParams?.id)}.`)
    const { body } = ((await req.json?.().catch(() => null)) ?? {}) as { body?: unknown }
    if (typeof body !== 'string' || !body.trim()) return errorResponse(400, 'The reply is empty.')
    const replies = [...(annotation.replies ?? []), { body: body.trim() }] as Annotation['replies']
    // Replying is not editing the annotation: allowed on anyone's, so access is the check above.
    const updated = await req.payload.update({ collection: 'annotations', id: annotation.id, req, user: who.user, overrideAccess: true, depth: 0, data: { replies } })
    return Response.json({ doc: updated }, { status: 201 })
  },
}

/** GET /api/annotations/open — the dashboard's lists for the person asking: theirs, on articles they work on, awaiting an editor. */
const openEndpoint: Endpoint = {
  path: '/open',
  method: 'get',
  handler: async (req) => {
    const who = staff(req)
    if ('error' in who) return who.error
    return Response.json(await openLists(req, who.user))
  },
}

export const annotationEndpoints = [documentCollection, anchorOnOpen, importEndpoint, openEndpoint, annotationJsonLd, replyEndpoint]
