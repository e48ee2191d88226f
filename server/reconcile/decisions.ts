import type { PayloadRequest, Where } from 'payload'

import type { DecidedFinding } from '@/lib/reconcile/publishRule'

/** In the order they were taken (the latest per finding counts): the decisions taken on findings of a source, or of the article drafted from it, as the rules read them. */
export async function decisionsOn(req: PayloadRequest, scope: { source: unknown; article?: unknown }): Promise<DecidedFinding[]> {
  const or: Where[] = [{ source: { equals: scope.source } }, ...(scope.article == null ? [] : [{ article: { equals: scope.article } }])]
  const { docs } = await req.payload.find({
    collection: 'finding-decisions',
    req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    where: { or },
    select: { kind: true, quote: true, action: true },
  })
  return docs.map((decision) => ({ kind: decision.kind ?? '', quote: decision.quote ?? '', action: decision.action }))
}
