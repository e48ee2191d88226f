import { z } from 'zod'

import { fromSelectors, toSelectors, type Quote } from './selectors'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

export const MOTIVATIONS = ['commenting', 'correcting', 'questioning', 'flagging-mt-error', 'linking', 'tagging'] as const
export type Motivation = (typeof MOTIVATIONS)[number]

/**
 * Our kinds as W3C motivations (https://www.w3.org/TR/annotation-vocab/#motivation):
 * a correction is `editing`; a machine-translation error is an `assessing` of the text.
 */
const W3C_MOTIVATION: Record<Motivation, string> = {
  commenting: 'commenting',
  correcting: 'editing',
  questioning: 'questioning',
  'flagging-mt-error': 'assessing',
  linking: 'linking',
  tagging: 'tagging',
}
const OUR_MOTIVATION = new Map(Object.entries(W3C_MOTIVATION).map(([ours, theirs]) => [theirs, ours as Motivation]))

export type TargetKind = 'source' | 'article'
export type AnnotationTarget = { kind: TargetKind; id: string; locale: 'en' | 'zh' | null }

/** An annotation as this module sees it: no Payload, ids as strings, users by id and name. */
export type AnnotationRecord = {
  id: string
  target: AnnotationTarget
  quote: Quote
  motivation: Motivation
  body: string | null
  suggestedReplacement: string | null
  author: { id: string; name: string | null } | null
  created: string
  modified: string
  replies: { author: { id: string; name: string | null } | null; body: string; created: string | null }[]
}

type Person = { id: string; type: 'Person'; name?: string }
const COLLECTION_PATH: Record<TargetKind, string> = { source: 'sources', article: 'articles' }

/** IRIs of our resources: the REST address that answers with them (articles with the locale annotated). */
export const iris = (base: string) => ({
  annotation: (id: string) => `${base}/api/annotations/${encodeURIComponent(id)}`,
  user: (id: string) => `${base}/api/users/${encodeURIComponent(id)}`,
  target: ({ kind, id, locale }: AnnotationTarget) => `${base}/api/${COLLECTION_PATH[kind]}/${encodeURIComponent(id)}${kind === 'article' && locale ? `?locale=${locale}` : ''}`,
})

function person(base: string, user: AnnotationRecord['author']): Person | undefined {
  if (!user) return undefined
  return { id: iris(base).user(user.id), type: 'Person', ...(user.name ? { name: user.name } : {}) }
}

/** One annotation as W3C Web Annotation JSON-LD. Replies are bodies with the purpose `replying`, each with its creator and time. */
export function toJsonLd(annotation: AnnotationRecord, base: string) {
  // A correction's note explains it; the suggested replacement is the body that edits.
  const purpose = annotation.motivation === 'correcting' ? 'commenting' : W3C_MOTIVATION[annotation.motivation]
  const bodies = [
    ...(annotation.body ? [{ type: 'TextualBody', value: annotation.body, format: 'text/plain', purpose }] : []),
    ...(annotation.suggestedReplacement ? [{ type: 'TextualBody', value: annotation.suggestedReplacement, format: 'text/plain', purpose: 'editing' }] : []),
    ...annotation.replies.map((reply) => ({
      type: 'TextualBody',
      value: reply.body,
      format: 'text/plain',
      purpose: 'replying',
      ...(reply.author ? { creator: person(base, reply.author) } : {}),
      ...(reply.created ? { created: reply.created } : {}),
    })),
  ]
  return {
    '@context': ANNO_CONTEXT,
    id: iris(base).annotation(annotation.id),
    type: 'Annotation',
    motivation: W3C_MOTIVATION[annotation.motivation],
    created: annotation.created,
    modified: annotation.modified,
    ...(annotation.author ? { creator: person(base, annotation.author) } : {}),
    ...(bodies.length ? { body: bodies } : {}),
    target: { source: iris(base).target(annotation.target), selector: toSelectors(annotation.quote) },
  }
}

/** The annotations of one document as an AnnotationCollection with its first (here: only) page embedded. */
export function toCollection(annotations: AnnotationRecord[], base: string, collectionId: string, label: string) {
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: {
      id: `${collectionId}${collectionId.includes('?') ? '&' : '?'}page=1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((annotation) => toJsonLd(annotation, base)),
    },
  }
}

const nonEmpty = z.string().trim().min(1)
const textualBody = z.object({ type: z.literal('TextualBody'), value: z.string(), purpose: z.string().optional(), format: z.string().optional() })
const selector = z.discriminatedUnion('type', [
  z.object({ type: z.literal('TextQuoteSelector'), exact: nonEmpty, prefix: z.string().optional(), suffix: z.string().optional() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }).refine((position) => position.end > position.start, 'a TextPositionSelector must end after it starts'),
])
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[])

const annotationSchema = z.object({
  '@context': z.union([z.string(), z.array(z.unknown())]).refine((context) => (Array.isArray(context) ? context : [context]).includes(ANNO_CONTEXT), `@context must include ${ANNO_CONTEXT}`),
  type: z.union([z.string(), z.array(z.string())]).refine((type) => (Array.isArray(type) ? type : [type]).includes('Annotation'), 'type must be Annotation'),
  id: z.string().optional(),
  motivation: z.string().optional(),
  body: oneOrMany(textualBody).optional(),
  target: z.object(
    { source: nonEmpty, selector: oneOrMany(selector).refine((selectors) => selectors.some((one) => one.type === 'TextQuoteSelector'), 'the target needs a TextQuoteSelector: an annotation is on words, not a whole document') },
    { error: 'target must be a SpecificResource with a source and selectors (a bare IRI annotates a whole document)' },
  ),
})

export type ParsedAnnotation = {
  target: AnnotationTarget
  quote: Quote
  motivation: Motivation
  body: string | null
  suggestedReplacement: string | null
}
export type ParseResult = { ok: true; annotation: ParsedAnnotation } | { ok: false; reasons: string[] }

const issuePath = (path: readonly PropertyKey[]) => (path.length ? `${path.map(String).join('.')}: ` : '')

/** Which of our documents an IRI names: `…/api/sources/<id>` or `…/api/articles/<id>?locale=en|zh`, on this server or as a path. */
export function parseTargetIri(iri: string, base: string): AnnotationTarget | null {
  let url: URL
  try {
    url = new URL(iri, base)
  } catch {
    return null
  }
  if (url.origin !== new URL(base).origin) return null
  const match = /^\/api\/(sources|articles)\/([^/]+)\/?$/.exec(url.pathname)
  if (!match) return null
  const kind: TargetKind = match[1] === 'sources' ? 'source' : 'article'
  const locale = url.searchParams.get('locale')
  if (locale !== null && locale !== 'en' && locale !== 'zh') return null
  return { kind, id: decodeURIComponent(match[2]!), locale: kind === 'article' ? (locale ?? 'en') : null }
}

/**
 * Reads a W3C Web Annotation as one of ours, or says every reason it cannot:
 * the model's required parts (context, type, target with a quote), a
 * motivation we have, a target on this server.
 */
export function parseJsonLd(value: unknown, base: string): ParseResult {
  const parsed = annotationSchema.safeParse(value)
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((issue) => `${issuePath(issue.path)}${issue.message}`) }
  const { body, motivation: w3cMotivation, target: w3cTarget } = parsed.data
  const reasons: string[] = []
  const bodies = body ?? []
  const motivation = OUR_MOTIVATION.get(w3cMotivation ?? bodies[0]?.purpose ?? 'commenting')
  if (!motivation) reasons.push(`motivation: "${w3cMotivation}" is not one of ${[...OUR_MOTIVATION.keys()].join(', ')}`)
  const target = parseTargetIri(w3cTarget.source, base)
  if (!target) reasons.push(`target.source: ${w3cTarget.source} is not a source or article of this site (${base}/api/sources/<id> or ${base}/api/articles/<id>?locale=en|zh)`)
  const quote = fromSelectors(w3cTarget.selector)!
  if (quote.start >= 0 && quote.end - quote.start !== quote.exact.length) reasons.push('target.selector: the TextPositionSelector does not span as many characters as the TextQuoteSelector quotes')
  if (reasons.length || !motivation || !target) return { ok: false, reasons }
  const note = bodies.find((one) => one.purpose !== 'editing' && one.purpose !== 'replying')
  const replacement = bodies.find((one) => one.purpose === 'editing')
  return { ok: true, annotation: { target, quote, motivation, body: note?.value.trim() || null, suggestedReplacement: replacement?.value || null } }
}
