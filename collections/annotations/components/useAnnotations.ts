'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { ListedAnnotation, SegmentSpan } from '@/lib/annotate/display'
import type { Quote } from '@/lib/annotate/selectors'
import type { AnnotationStatus } from '@/lib/annotate/status'
import type { NewAnnotation } from './AnnotationPopover'

/**
 * The document annotated: a source, or an article in one locale. The id is the
 * one the server gave (a number on SQLite, a string on MongoDB): a relationship
 * is written with the id's own type.
 */
export type AnnotationTarget = { source: string | number } | { article: string | number; locale: 'en' | 'zh' }

type Person = string | number | { id: string | number; name?: string | null; email?: string | null } | null | undefined
type StoredReply = { id?: string | null; author?: Person; createdAt?: string | null; body: string }
type Stored = {
  id: string | number
  exact: string
  start?: number | null
  end?: number | null
  motivation: string
  status?: string | null
  body?: string | null
  suggestedReplacement?: string | null
  anchor?: { state?: ListedAnnotation['anchorState'] }
  author?: Person
  replies?: StoredReply[] | null
  resolution?: { by?: Person; at?: string | null; appliedInVersion?: string | null } | null
  target?: { article?: Person }
}

const idOf = (person: Person) => (person === null || person === undefined ? null : typeof person === 'object' ? String(person.id) : String(person))
// Historians may not read other accounts: their names then stay unknown (the panel shows the id).
const nameOf = (person: Person) => (person && typeof person === 'object' ? person.name || person.email || null : null)

export const listed = (doc: Stored): ListedAnnotation => ({
  id: String(doc.id),
  exact: doc.exact,
  start: doc.start ?? null,
  end: doc.end ?? null,
  motivation: doc.motivation,
  status: doc.status ?? 'open',
  body: doc.body ?? null,
  anchorState: doc.anchor?.state ?? null,
  suggestedReplacement: doc.suggestedReplacement ?? null,
  author: idOf(doc.author),
  authorName: nameOf(doc.author),
  replies: (doc.replies ?? []).map((reply, index) => ({ id: reply.id ?? String(index), author: idOf(reply.author), authorName: nameOf(reply.author), createdAt: reply.createdAt ?? null, body: reply.body })),
  resolution: doc.resolution?.at ? { by: idOf(doc.resolution.by), byName: nameOf(doc.resolution.by), at: doc.resolution.at, appliedInVersion: doc.resolution.appliedInVersion ?? null } : null,
  articleId: idOf(doc.target?.article),
})

/** The server's reason for a refusal: a validation error's messages, else the error's message. */
export async function refusalOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
  const first = body.errors?.[0]
  return first?.data?.errors?.map((one) => one.message).join('; ') || first?.message || `${response.status} ${response.statusText}`
}

const whereOf = (target: AnnotationTarget): Record<string, string> =>
  'source' in target ? { 'where[target.source][equals]': String(target.source) } : { 'where[target.article][equals]': String(target.article), 'where[target.locale][equals]': target.locale }

/**
 * One document's annotations and what can be done with them: create one from a
 * quote, reply, and (editors) change the status. Each write answers null when
 * saved, or the server's reason when refused; the list is read again after it.
 */
export function useAnnotations(target: AnnotationTarget | null) {
  const api = useConfig().config.routes.api
  const [annotations, setAnnotations] = useState<ListedAnnotation[]>([])
  const [error, setError] = useState<string | null>(null)
  const key = target ? JSON.stringify(target) : null

  const reload = useCallback(async () => {
    if (!key) return
    const query = new URLSearchParams({ ...whereOf(JSON.parse(key) as AnnotationTarget), depth: '1', pagination: 'false', sort: 'start' })
    const response = await fetch(`${api}/annotations?${query}`, { credentials: 'include' }).catch(() => null)
    if (!response?.ok) return setError(response ? await refusalOf(response) : 'network error')
    setError(null)
    setAnnotations(((await response.json()) as { docs: Stored[] }).docs.map(listed))
  }, [api, key])

  useEffect(() => {
    void reload()
  }, [reload])

  const { send, reply, setStatus } = useAnnotationWrites(api, reload)

  const create = useCallback(
    (quote: Quote, annotation: NewAnnotation) =>
      target
        ? send('', 'POST', { target, ...quote, motivation: annotation.motivation, body: annotation.body, suggestedReplacement: annotation.suggestedReplacement || null })
        : Promise.resolve('There is no document to annotate.'),
    [send, target],
  )
  return { annotations, error, reload, create, reply, setStatus }
}

/** One write to the annotations API: null when saved, else the server's reason. */
export async function writeAnnotation(api: string, path: string, method: 'POST' | 'PATCH', body: unknown): Promise<string | null> {
  const response = await fetch(`${api}/annotations${path}`, { method, credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch((failure: Error) => failure)
  if (response instanceof Error) return response.message
  return response.ok ? null : refusalOf(response)
}

/** Writes to the annotations API, each followed by the screen's `reload` of its list when saved; a thread's reply and status among them. */
export function useAnnotationWrites(api: string, reload: () => Promise<unknown>) {
  const send = useCallback(
    async (path: string, method: 'POST' | 'PATCH', body: unknown): Promise<string | null> => {
      const refusal = await writeAnnotation(api, path, method, body)
      if (!refusal) await reload()
      return refusal
    },
    [api, reload],
  )
  const reply = useCallback((id: string, body: string) => send(`/${encodeURIComponent(id)}/replies`, 'POST', { body }), [send])
  const setStatus = useCallback((id: string, status: AnnotationStatus) => send(`/${encodeURIComponent(id)}`, 'PATCH', { status }), [send])
  return { send, reply, setStatus }
}

type SourceSegment = SegmentSpan & { kind: string; text: string }

/** A source's id (as the server types it), raw text and segments (with their offsets in it), which annotation offsets count in. */
export function useSourceText(sourceId: string | null) {
  const api = useConfig().config.routes.api
  const [source, setSource] = useState<{ id: string | number; rawText: string; segments: SourceSegment[]; language: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!sourceId) return
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', 'select[rawText]': 'true', 'select[segments]': 'true', 'select[language]': 'true' })
    fetch(`${api}/sources/${encodeURIComponent(sourceId)}?${query}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(await refusalOf(response))
        const doc = (await response.json()) as { id: string | number; rawText?: string | null; segments?: SourceSegment[] | null; language?: string | null }
        setSource({ id: doc.id, rawText: doc.rawText ?? '', segments: doc.segments ?? [], language: doc.language ?? 'en' })
      })
      .catch((failure: Error) => controller.signal.aborted || setError(failure.message))
    return () => controller.abort()
  }, [api, sourceId])
  return { source, error }
}
