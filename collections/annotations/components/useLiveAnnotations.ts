'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { anchorQuote, editBetween, followEdit } from '@/lib/annotate/anchor'
import type { ListedAnnotation } from '@/lib/annotate/display'
import { quoteOf, type Quote } from '@/lib/annotate/selectors'
import type { Annotation } from '@/payload-types'
import type { ArticleAnnotationLabels } from './articleLabels'
import type { AnnotationLabels } from './labels'
import { listed, refusalOf, useAnnotationWrites } from './useAnnotations'

export type Locale = 'en' | 'zh'

/**
 * The article's annotations in one locale: loaded when the article is opened
 * (the server re-anchors them in the saved draft first and stores where they
 * are), then placed again in the editor's text as it is typed, the same way
 * (lib/annotate/anchor), so a highlight follows the words before the save.
 * Each change first carries the positions across what it changed, so
 * anchoring mostly only checks them (bench/annotateEditor).
 */
export function useLiveAnnotations(articleId: string | number, locale: Locale, text: string, labels: AnnotationLabels & ArticleAnnotationLabels) {
  const { config } = useConfig()
  const api = config.routes.api
  const [stored, setStored] = useState<Annotation[]>([])
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const query = new URLSearchParams({ article: String(articleId), locale })
    const response = await fetch(`${api}/annotations/anchor?${query}`, { method: 'POST', credentials: 'include' }).catch(() => null)
    if (!response?.ok) return setError(response ? `${labels.loadFailed}: ${await refusalOf(response)}` : labels.loadFailed)
    setError(null)
    setStored(((await response.json()) as { docs: Annotation[] }).docs)
  }, [api, articleId, locale, labels.loadFailed])

  useEffect(() => {
    void load()
  }, [load])

  const followed = useRef<{ text: string; quotes: Map<string, Quote> }>({ text, quotes: new Map() })
  const annotations = useMemo<ListedAnnotation[]>(() => {
    const edit = editBetween(followed.current.text, text)
    const known = followed.current.quotes
    const quotes = new Map<string, Quote>()
    const placed = stored.map((doc): ListedAnnotation => {
      const id = String(doc.id)
      const before = known.get(id)
      const quote = before ? followEdit(before, edit) : quoteOf(doc)
      const anchor = anchorQuote(text, quote)
      quotes.set(id, anchor.state === 'orphaned' ? quote : { ...quote, start: anchor.start, end: anchor.end })
      return { ...listed(doc as Parameters<typeof listed>[0]), start: anchor.state === 'orphaned' ? null : anchor.start, end: anchor.state === 'orphaned' ? null : anchor.end, anchorState: anchor.state }
    })
    followed.current = { text, quotes }
    return placed
  }, [stored, text])

  const create = useCallback(
    async (data: Record<string, unknown>): Promise<string | null> => {
      const response = await fetch(`${api}/annotations`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...data, target: { article: articleId, locale } }) })
      if (!response.ok) return refusalOf(response)
      const { doc } = (await response.json()) as { doc: Annotation }
      setStored((before) => [...before, doc])
      return null
    },
    [api, articleId, locale],
  )

  // A reply or a decision, then the list again (with who wrote and decided, and when).
  const { reply, setStatus } = useAnnotationWrites(api, load)

  return { annotations, error, create, reply, setStatus, reload: load }
}
