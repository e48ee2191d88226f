'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'

import { anchorQuote } from '@/lib/annotate/anchor'
import type { ListedAnnotation } from '@/lib/annotate/display'
import { quoteOf } from '@/lib/annotate/selectors'
import type { Annotation } from '@/payload-types'
import type { ArticleAnnotationLabels } from './articleLabels'
import type { AnnotationLabels } from './labels'

export type Locale = 'en' | 'zh'

export const responseError = async (response: Response) => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
  const first = body.errors?.[0]
  return first?.data?.errors?.map((one) => one.message).join('; ') || first?.message || response.statusText
}

/**
 * The article's annotations in one locale: loaded when the article is opened
 * (the server re-anchors them in the saved draft first and stores where they
 * are), then placed again in the editor's text as it is typed, the same way
 * (lib/annotate/anchor), so a highlight follows the words before the save.
 */
export function useLiveAnnotations(articleId: string, locale: Locale, text: string, labels: AnnotationLabels & ArticleAnnotationLabels) {
  const { config } = useConfig()
  const api = config.routes.api
  const [stored, setStored] = useState<Annotation[]>([])
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const query = new URLSearchParams({ article: articleId, locale })
    const response = await fetch(`${api}/annotations/anchor?${query}`, { method: 'POST', credentials: 'include' }).catch(() => null)
    if (!response?.ok) return setError(response ? `${labels.loadFailed}: ${await responseError(response)}` : labels.loadFailed)
    setError(null)
    setStored(((await response.json()) as { docs: Annotation[] }).docs)
  }, [api, articleId, locale, labels.loadFailed])

  useEffect(() => {
    void load()
  }, [load])

  const annotations = useMemo<ListedAnnotation[]>(
    () =>
      stored.map((doc) => {
        const anchor = anchorQuote(text, quoteOf(doc))
        return {
          id: String(doc.id),
          exact: doc.exact,
          start: anchor.state === 'orphaned' ? null : anchor.start,
          end: anchor.state === 'orphaned' ? null : anchor.end,
          motivation: doc.motivation,
          status: doc.status ?? 'open',
          body: doc.body ?? null,
          anchorState: anchor.state,
        }
      }),
    [stored, text],
  )

  const create = useCallback(
    async (data: Record<string, unknown>): Promise<string | null> => {
      const response = await fetch(`${api}/annotations`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...data, target: { article: articleId, locale } }) })
      if (!response.ok) return responseError(response)
      const { doc } = (await response.json()) as { doc: Annotation }
      setStored((before) => [...before, doc])
      return null
    },
    [api, articleId, locale],
  )

  return { annotations, error, create, reload: load }
}
