import type { Payload, PayloadRequest } from 'payload'

import { parseJsonLd, type ParsedAnnotation } from '@/lib/annotate/jsonld'
import type { User } from '@/payload-types'
import { inTransaction } from '@/server/transaction'

export class AnnotationImportError extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join('; '))
  }
}

/** The annotations a JSON-LD document holds: one Annotation, an array of them, or an AnnotationCollection / AnnotationPage. */
function items(document: unknown): unknown[] {
  if (Array.isArray(document)) return document
  if (document && typeof document === 'object') {
    const { type, items: pageItems, first } = document as { type?: unknown; items?: unknown; first?: { items?: unknown } }
    if (type === 'AnnotationPage' && Array.isArray(pageItems)) return pageItems
    if (type === 'AnnotationCollection') return Array.isArray(first?.items) ? first.items : []
  }
  return [document]
}

const fieldsOf = ({ target, quote, motivation, body, suggestedReplacement }: ParsedAnnotation, targetId: unknown) => ({
  target: target.kind === 'source' ? { source: targetId } : { article: targetId, locale: target.locale },
  exact: quote.exact,
  prefix: quote.prefix || null,
  suffix: quote.suffix || null,
  start: quote.start >= 0 ? quote.start : null,
  end: quote.end >= 0 ? quote.end : null,
  motivation,
  body,
  suggestedReplacement,
})

/**
 * The id as the database holds it (a number on SQLite, a string on MongoDB)
 * of the document an IRI names, if the importing person may read it.
 */
async function storedId(req: PayloadRequest, collection: 'sources' | 'articles', id: string): Promise<unknown> {
  const found = await req.payload
    .find({ collection, req, user: req.user, overrideAccess: false, depth: 0, limit: 1, pagination: false, where: { id: { equals: id } }, select: {} })
    .catch(() => ({ docs: [] }))
  return found.docs[0]?.id ?? null
}

const messageOf = (error: unknown) => {
  const data = (error as { data?: { errors?: { message: string }[] } }).data
  return data?.errors?.length ? data.errors.map((one) => one.message).join('; ') : error instanceof Error ? error.message : String(error)
}

/**
 * Imports W3C Web Annotations as `user`, all or nothing: every one is checked
 * first (each reason numbered by its place), then all are created in one
 * transaction under the same rules as any new annotation; the first refusal
 * undoes the rest. Returns the new ids.
 */
export async function importAnnotations(payload: Payload, document: unknown, user: User, base: string): Promise<string[]> {
  const list = items(document)
  if (!list.length) throw new AnnotationImportError(['the document holds no annotations'])
  const parsed = list.map((item) => parseJsonLd(item, base))
  const reasons = parsed.flatMap((result, index) => (result.ok ? [] : result.reasons.map((reason) => `annotation ${index + 1}: ${reason}`)))
  if (reasons.length) throw new AnnotationImportError(reasons)
  return inTransaction(
    payload,
    async (req) => {
      const ids: string[] = []
      for (const [index, result] of parsed.entries()) {
        if (!result.ok) continue
        const { target } = result.annotation
        const targetId = await storedId(req, target.kind === 'source' ? 'sources' : 'articles', target.id)
        if (targetId === null) throw new AnnotationImportError([`annotation ${index + 1}: there is no ${target.kind} with id ${target.id} that you may read`])
        try {
          const created = await payload.create({ collection: 'annotations', req, user, overrideAccess: false, depth: 0, data: fieldsOf(result.annotation, targetId) as never })
          ids.push(String(created.id))
        } catch (error) {
          throw new AnnotationImportError([`annotation ${index + 1}: ${messageOf(error)}`])
        }
      }
      return ids
    },
    { user },
  )
}
