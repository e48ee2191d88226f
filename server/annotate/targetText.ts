import type { PayloadRequest } from 'payload'

import { relationId, type EditorState } from '@/lib/richtext/walk'
import { textContent } from '@/lib/richtext/textContent'
import type { Annotation } from '@/payload-types'

export type Locale = 'en' | 'zh'
export type TargetRef = { kind: 'source' | 'article'; id: string; locale: Locale | null }
export type Segment = { segmentId: string; start: number; end: number }
/** The plain text an annotation's offsets count in: a source's raw text, or an article's body (latest draft) in one locale. */
export type TargetText = { text: string; segments: Segment[] }

/** The target an annotation's stored fields name (an article's locale defaults to English). */
export function targetOf(target: Annotation['target'] | undefined): TargetRef | null {
  const source = relationId(target?.source)
  if (source) return { kind: 'source', id: source, locale: null }
  const article = relationId(target?.article)
  if (article) return { kind: 'article', id: article, locale: target?.locale ?? 'en' }
  return null
}

export const articleText = (body: unknown) => textContent(body as EditorState)

/**
 * The target's text as the request's user may read it (a request without a
 * user, or `system`, reads everything), or null when it does not
 * exist or they may not read it.
 */
export async function readTargetText(req: PayloadRequest, target: TargetRef, { system = false } = {}): Promise<TargetText | null> {
  const { payload } = req
  const access = req.user && !system ? { overrideAccess: false, user: req.user } : { overrideAccess: true }
  try {
    if (target.kind === 'source') {
      const source = await payload.findByID({ collection: 'sources', id: target.id, req, depth: 0, disableErrors: true, select: { rawText: true, segments: true }, ...access })
      if (!source) return null
      return { text: source.rawText ?? '', segments: (source.segments as Segment[] | null) ?? [] }
    }
    const article = await payload.findByID({ collection: 'articles', id: target.id, req, depth: 0, draft: true, locale: target.locale ?? 'en', fallbackLocale: false, disableErrors: true, select: { body: true }, ...access })
    if (!article) return null
    return { text: articleText(article.body), segments: [] }
  } catch {
    // An id of the wrong shape for the database names no document either.
    return null
  }
}

/** The id of the source segment where an offset falls (a selection across segments is named by its first). */
export function segmentAt(segments: readonly Segment[], offset: number): string | null {
  return segments.find((segment) => offset >= segment.start && offset < segment.end)?.segmentId ?? null
}
