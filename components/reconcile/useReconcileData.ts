'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { DecisionRequest, DecisionResponse, ErrorResponse, FindingsResponse, ReconcileResponse } from '@/lib/reconcile/api'

type Loaded<T> = { data: T | null; error: string | null; loading: boolean }

/** The server's reason for a refusal ({ errors: [{ message }] }), or the status line. */
async function failureOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorResponse> | null
  return body?.errors?.map((error) => error.message).join(' ') || `${response.status} ${response.statusText}`
}

async function getJSON<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { credentials: 'include', signal })
  if (!response.ok) throw new Error(await failureOf(response))
  return (await response.json()) as T
}

const useApiRoute = () => useConfig().config.routes.api

/** The source's findings with their decisions; `decide` posts one decision and folds the answer in; `reload` reads them again (an annotation written elsewhere on the screen). */
export function useFindings(sourceId: string) {
  const api = useApiRoute()
  const [state, setState] = useState<Loaded<FindingsResponse>>({ data: null, error: null, loading: true })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((count) => count + 1), [])

  useEffect(() => {
    const controller = new AbortController()
    getJSON<FindingsResponse>(`${api}/sources/${encodeURIComponent(sourceId)}/findings`, controller.signal)
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((error: Error) => controller.signal.aborted || setState({ data: null, error: error.message, loading: false }))
    return () => controller.abort()
  }, [api, sourceId, generation])

  /** Resolves with null when saved, or the server's reason when refused (nothing changes then). */
  const decide = useCallback(
    async (request: DecisionRequest): Promise<string | null> => {
      const response = await fetch(`${api}/sources/${encodeURIComponent(sourceId)}/findings/decisions`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      }).catch((error: Error) => error)
      if (response instanceof Error) return response.message
      if (!response.ok) return failureOf(response)
      const { decision, progress } = (await response.json()) as DecisionResponse
      setState((previous) =>
        previous.data
          ? { ...previous, data: { ...previous.data, progress, findings: previous.data.findings.map((finding) => (finding.key === decision.key ? { ...finding, decision } : finding)) } }
          : previous,
      )
      return null
    },
    [api, sourceId],
  )

  return { ...state, decide, reload }
}

/** The alignment of the source (left) with the chosen comparison (right), reloaded when the choice changes. */
export function useAlignment(sourceId: string, comparison: string | null, locale: string | null) {
  const api = useApiRoute()
  const [state, setState] = useState<Loaded<ReconcileResponse>>({ data: null, error: null, loading: Boolean(comparison) })

  useEffect(() => {
    if (!comparison) return
    const controller = new AbortController()
    setState({ data: null, error: null, loading: true })
    const query = new URLSearchParams({ left: `sources:${sourceId}`, right: comparison })
    if (locale) query.set('locale', locale)
    getJSON<ReconcileResponse>(`${api}/reconcile?${query}`, controller.signal)
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((error: Error) => controller.signal.aborted || setState({ data: null, error: error.message, loading: false }))
    return () => controller.abort()
  }, [api, sourceId, comparison, locale])

  return state
}

/** Search an authority collection by name for the "add to authority" picker. */
export function useEntitySearch(collection: string, query: string) {
  const api = useApiRoute()
  const search = `${collection}\n${query.trim()}`
  // Results are kept with the search they answer: after switching collection or query, the earlier answer
  // (another collection's records, whose ids may be the same numbers) is never offered while the new one is on its way.
  const [answer, setAnswer] = useState<{ search: string; results: { id: string; title: string }[] }>({ search: '', results: [] })
  useEffect(() => {
    const controller = new AbortController()
    const text = query.trim()
    if (!text) return
    const params = new URLSearchParams({ depth: '0', limit: '10', 'where[or][0][listTitle][like]': text, 'where[or][1][names.name][like]': text })
    getJSON<{ docs: { id: number | string; listTitle?: string; name?: string; title?: string }[] }>(`${api}/${collection}?${params}`, controller.signal)
      .then((found) =>
        setAnswer({
          search: `${collection}\n${text}`,
          results: found.docs.map((doc) => ({ id: String(doc.id), title: (doc.listTitle ?? doc.name ?? doc.title ?? String(doc.id)).split('\n').filter(Boolean).join(' / ') })),
        }),
      )
      .catch(() => controller.signal.aborted || setAnswer({ search: `${collection}\n${text}`, results: [] }))
    return () => controller.abort()
  }, [api, collection, query])
  return answer.search === search ? answer.results : []
}
