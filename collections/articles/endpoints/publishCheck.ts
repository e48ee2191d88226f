import type { Endpoint } from 'payload'

import { asUser, atLeast } from '@/access/roles'
import { UNMODIFIED_LIMIT } from '@/lib/reconcile/publishRule'
import { isLanguage } from '@/lib/reconcile/types'
import { measureUnmodified } from '@/lib/reconcile/unmodified'
import { draftBody, machineSourceOf, paragraphsOf, publishVerdict } from '@/server/reconcile/publishCheck'

/** How long a paragraph's opening is quoted beside its share. */
const EXCERPT_CHARS = 60

export type PublishCheckResponse =
  | { machineTranslated: false }
  | {
      machineTranslated: true
      source: { id: number | string; title: string; language: string }
      locale: string
      unmodified: { share: number; paragraphs: { index: number; share: number; tokens: number; excerpt: string }[] }
      limit: number
      blocks: { rule: string; message: { en: string; zh: string } }[]
    }

/**
 * GET /api/articles/:id/publish-check?locale=en|zh — for the edit screen: the
 * machine-translated source the article was drafted from, the unmodified share
 * of its latest draft in the locale asked (overall and per paragraph), and
 * what would block publishing it now. Staff only; anyone else gets a 404.
 */
export const publishCheckEndpoint: Endpoint = {
  path: '/:id/publish-check',
  method: 'get',
  handler: async (req) => {
    const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    if (!atLeast(asUser(req.user), 'historian')) return notFound()
    const id = req.routeParams?.id
    const locale = new URL(req.url ?? 'http://localhost').searchParams.get('locale') ?? 'en'
    if (!isLanguage(locale)) return Response.json({ errors: [{ message: 'The locale must be "en" or "zh".' }] }, { status: 400 })
    const article = await req.payload.findByID({ collection: 'articles', id: id as never, req, depth: 0, draft: true, disableErrors: true, overrideAccess: false, select: { sources: true } })
    if (!article) return notFound()
    const source = await machineSourceOf(req, article.sources)
    if (!source) return Response.json({ machineTranslated: false } satisfies PublishCheckResponse)
    const ruleBody = await draftBody(req, article.id, source.language)
    const paragraphs = locale === source.language ? paragraphsOf(ruleBody) : paragraphsOf(await draftBody(req, article.id, locale))
    const unmodified = measureUnmodified(source.machineOutput, paragraphs)
    const { blocks } = await publishVerdict(req, { id: article.id, body: ruleBody }, source)
    return Response.json({
      machineTranslated: true,
      source: { id: source.id, title: source.title, language: source.language },
      locale,
      unmodified: {
        share: unmodified.share,
        paragraphs: unmodified.paragraphs.map((paragraph) => ({ index: paragraph.index, share: paragraph.share, tokens: paragraph.tokens, excerpt: (paragraphs[paragraph.index] ?? '').slice(0, EXCERPT_CHARS) })),
      },
      limit: UNMODIFIED_LIMIT,
      blocks: blocks.map((block) => ({ rule: block.rule, message: block.message })),
    } satisfies PublishCheckResponse)
  },
}
