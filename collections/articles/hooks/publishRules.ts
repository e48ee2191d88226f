import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { refusalMessage } from '@/lib/reconcile/publishRule'
import { draftBody, machineSourceOf, publishVerdict } from '@/server/reconcile/publishCheck'
import type { Article } from '@/payload-types'

type Override = NonNullable<Article['publishOverride']>

const NO_OVERRIDE: Override = { reason: null, by: null, at: null, rules: [] }

/**
 * Publishing an article drafted from a machine translation is refused while
 * findings of high severity are unresolved in its text or most of it is still
 * the machine's (lib/reconcile/publishRule), unless an editor gives a reason
 * under "Publish override". The override is stamped with who published over
 * which rules and when, so the published version keeps it; a publish that no
 * rule blocks needs none and clears it. Drafts are never held back.
 */
export const enforcePublishRules: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const source = await machineSourceOf(req, data.sources ?? originalDoc?.sources)
  if (!source) return data
  const id = originalDoc?.id
  const body = req.locale === source.language ? data.body : await draftBody(req, id, source.language)
  const { blocks } = await publishVerdict(req, { id, body }, source)
  if (!blocks.length) return { ...data, publishOverride: NO_OVERRIDE }
  const reason = data.publishOverride?.reason?.trim()
  if (!reason) throw new APIError(refusalMessage(blocks, req.i18n?.language === 'zh' ? 'zh' : 'en'), 400, { rules: blocks.map((block) => block.rule) }, true)
  const user = asUser(req.user)
  return { ...data, publishOverride: { reason, by: user ? req.user!.id : null, at: new Date().toISOString(), rules: blocks.map((block) => block.rule) } }
}

/**
 * Only editors override the publish rules. Field access would drop a
 * historian's reason without a word; this says why it is refused instead.
 */
export const editorsOverride: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || (operation !== 'create' && operation !== 'update')) return args
  const reason = (args as { data?: { publishOverride?: { reason?: null | string } } }).data?.publishOverride?.reason?.trim()
  if (!reason || atLeast(asUser(req.user), 'editor')) return args
  const id = (args as { id?: number | string }).id
  const current = id === undefined ? null : await req.payload.findByID({ collection: 'articles', id, req, depth: 0, draft: true, disableErrors: true, select: { publishOverride: true } })
  if (current?.publishOverride?.reason?.trim() === reason) return args // the form sends back what an editor wrote
  throw new APIError('Only editors may override the publish rules; the reason under “Publish override” was not saved.', 403, undefined, true)
}
