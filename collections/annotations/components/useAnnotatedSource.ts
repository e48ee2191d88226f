'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'

import { atLeast } from '@/access/roles'
import type { User } from '@/payload-types'
import type { ListedAnnotation } from '@/lib/annotate/display'
import { annotationHighlights, annotationIdOf, linkedAnnotation, scrollToMark, useSelectionQuote } from './annotatedText'
import type { NewAnnotation } from './AnnotationPopover'
import type { ThreadActions } from './AnnotationThread'
import { annotationLabels } from './labels'
import { useAnnotations, useSourceText } from './useAnnotations'

type Options = {
  /** Annotations the screen marks some other way (the reconcile view's findings): listed, not marked again. */
  markedElsewhere?: (annotation: ListedAnnotation) => boolean
  /** After any annotation is written (the reconcile view reads its findings again). */
  onWritten?: () => void
}

/**
 * Everything a screen showing a source's segments needs to annotate it: the
 * text, its annotations as marks, the selection waiting in the popover, the
 * annotation chosen (scrolled to and focused in `textRef`) and the thread's actions.
 */
export function useAnnotatedSource(sourceId: string | null, textRef: RefObject<HTMLElement | null>, { markedElsewhere, onWritten }: Options = {}) {
  const { i18n } = useTranslation()
  const { user } = useAuth<User>()
  const labels = annotationLabels(i18n.language)
  const { source, error: sourceError } = useSourceText(sourceId)
  const sourceDocId = source?.id
  const target = useMemo(() => (sourceDocId === undefined ? null : { source: sourceDocId }), [sourceDocId])
  const { annotations, error, reload, create, reply, setStatus } = useAnnotations(target)
  const spans = useMemo(() => source?.segments ?? [], [source])
  const { pending, select, close } = useSelectionQuote(source?.rawText ?? null, spans)
  const [active, setActive] = useState<string | null>(null)

  const marked = useMemo(() => (markedElsewhere ? annotations.filter((annotation) => !markedElsewhere(annotation)) : annotations), [annotations, markedElsewhere])
  const highlights = useMemo(() => annotationHighlights(marked, spans, labels), [marked, spans, labels])

  const choose = useCallback(
    (annotationId: string) => {
      setActive(annotationId)
      scrollToMark(textRef.current, annotationId)
    },
    [textRef],
  )
  // A linked annotation is opened (read from the address after hydration) and brought into view once its mark is there.
  const linked = useRef<string | null | undefined>(undefined)
  useEffect(() => {
    if (linked.current === undefined) {
      linked.current = linkedAnnotation()
      if (linked.current) setActive(linked.current)
    }
    if (linked.current && highlights.length) {
      scrollToMark(textRef.current, linked.current)
      linked.current = null
    }
  }, [highlights, textRef])

  /** A mark clicked or focused in the text: the annotation it belongs to becomes the one shown (null for other marks). */
  const markChosen = useCallback((markId: string) => setActive(annotationIdOf(markId)), [])

  const written = useCallback(
    async (write: Promise<string | null>) => {
      const refusal = await write
      if (!refusal) onWritten?.()
      return refusal
    },
    [onWritten],
  )
  const save = async (annotation: NewAnnotation): Promise<string | null> => {
    if (!pending || !('quote' in pending)) return null
    const refusal = await written(create(pending.quote, annotation))
    if (!refusal) close()
    return refusal
  }
  const thread: ThreadActions = {
    userId: user ? String(user.id) : null,
    canDecide: atLeast(user, 'editor'),
    onReply: (id, body) => written(reply(id, body)),
    onStatus: (id, status) => written(setStatus(id, status)),
  }

  return {
    labels,
    source,
    error: error ?? sourceError,
    annotations,
    highlights,
    reload,
    pending,
    select,
    close,
    save,
    active,
    choose,
    markChosen,
    thread,
  }
}
