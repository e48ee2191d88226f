'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'

import { SegmentText, type SelectedRange, type TextHighlight } from '@/components/segmentText/SegmentText'
import { segmentHighlights, type ListedAnnotation } from '@/lib/annotate/display'
import { AnnotationPanel } from './AnnotationPanel'
import { AnnotationPopover, type NewAnnotation } from './AnnotationPopover'
import { annotationLabels } from './labels'
import styles from './Annotations.module.css'

type Segment = { segmentId: string; kind: string; text: string; start: number; end: number }
type Stored = { id: string | number; exact: string; start?: number | null; end?: number | null; motivation: string; status?: string | null; body?: string | null; anchor?: { state?: ListedAnnotation['anchorState'] } }
type Selection = SelectedRange & { top: number; left: number }

const listed = (doc: Stored): ListedAnnotation => ({
  id: String(doc.id),
  exact: doc.exact,
  start: doc.start ?? null,
  end: doc.end ?? null,
  motivation: doc.motivation,
  status: doc.status ?? 'open',
  body: doc.body ?? null,
  anchorState: doc.anchor?.state ?? null,
})

const errorOf = async (response: Response) => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
  const first = body.errors?.[0]
  return first?.data?.errors?.map((one) => one.message).join('; ') || first?.message || response.statusText
}

/**
 * The source's text, segment by segment, with its annotations marked (a mark
 * per kind) and listed beside it; selecting a passage opens the popover that
 * creates one. Offsets sent are in the raw text (segment start + offset).
 */
export function SourceAnnotations() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const labels = annotationLabels(i18n.language)
  const api = config.routes.api
  const [segments, setSegments] = useState<Segment[]>([])
  const [language, setLanguage] = useState<string>('en')
  const [annotations, setAnnotations] = useState<ListedAnnotation[]>([])
  const [selection, setSelection] = useState<Selection | null>(null)
  const [active, setActive] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const query = new URLSearchParams({ 'where[target.source][equals]': String(id), depth: '0', pagination: 'false', sort: 'start' })
    const [source, found] = await Promise.all([
      fetch(`${api}/sources/${encodeURIComponent(String(id))}?depth=0`, { credentials: 'include' }),
      fetch(`${api}/annotations?${query}`, { credentials: 'include' }),
    ])
    if (!source.ok || !found.ok) return setError(labels.loadFailed)
    const sourceDoc = (await source.json()) as { segments?: Segment[]; language?: string }
    setSegments(sourceDoc.segments ?? [])
    setLanguage(sourceDoc.language ?? 'en')
    setAnnotations(((await found.json()) as { docs: Stored[] }).docs.map(listed))
  }, [api, id, labels.loadFailed])

  useEffect(() => {
    void load()
  }, [load])

  const highlights = useMemo<TextHighlight[]>(
    () => annotations.flatMap((annotation) => segmentHighlights(annotation, segments).map((highlight) => ({ ...highlight, className: styles[annotation.motivation], title: `${labels.kinds[annotation.motivation as keyof typeof labels.kinds] ?? ''}: ${annotation.body ?? ''}` }))),
    [annotations, segments, labels],
  )

  const select = useCallback((range: SelectedRange) => {
    const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect()
    setSelection({ ...range, top: Math.min((rect?.bottom ?? 100) + 8, window.innerHeight - 320), left: Math.min(rect?.left ?? 100, window.innerWidth - 380) })
  }, [])

  const save = async (annotation: NewAnnotation): Promise<string | null> => {
    if (!selection) return null
    const segment = segments.find((one) => one.segmentId === selection.segmentId)
    if (!segment) return null
    const response = await fetch(`${api}/annotations`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        target: { source: id },
        exact: selection.exact,
        prefix: selection.prefix,
        suffix: selection.suffix,
        start: segment.start + selection.start,
        end: segment.start + selection.end,
        motivation: annotation.motivation,
        body: annotation.body,
        suggestedReplacement: annotation.suggestedReplacement || null,
      }),
    })
    if (!response.ok) return errorOf(response)
    setSelection(null)
    await load()
    return null
  }

  if (error) return <p className={styles.error}>{error}</p>
  return (
    <div className={styles.layout} data-testid="source-annotations">
      <div>
        <p>{labels.hint}</p>
        <SegmentText
          segments={segments.map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind }))}
          highlights={highlights}
          activeHighlightId={active}
          onSelectRange={select}
          onHighlightClick={setActive}
          lang={language}
        />
      </div>
      <AnnotationPanel labels={labels} annotations={annotations} adminRoute={config.routes.admin} onSelect={setActive} />
      {selection ? <AnnotationPopover labels={labels} quote={selection.exact} position={{ top: selection.top, left: selection.left }} onSave={save} onCancel={() => setSelection(null)} /> : null}
    </div>
  )
}
