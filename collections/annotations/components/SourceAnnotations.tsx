'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useMemo, useRef } from 'react'

import { SegmentText } from '@/components/segmentText/SegmentText'
import { markIdOf } from './annotatedText'
import { AnnotationPanel } from './AnnotationPanel'
import { AnnotationPopover } from './AnnotationPopover'
import { useAnnotatedSource } from './useAnnotatedSource'
import styles from './Annotations.module.css'

/**
 * The source's text, segment by segment, with its annotations marked (a mark
 * per kind) and listed beside it with their threads; selecting a passage (in
 * one segment or across several) opens the popover that creates one.
 */
export function SourceAnnotations() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const textRef = useRef<HTMLDivElement>(null)
  const annotated = useAnnotatedSource(id === undefined || id === null ? null : String(id), textRef)
  const { labels, source, pending } = annotated
  const segments = useMemo(() => (source?.segments ?? []).map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind })), [source])

  if (annotated.error) return <p className={styles.error}>{`${labels.loadFailed}: ${annotated.error}`}</p>
  return (
    <div className={styles.layout} data-testid="source-annotations">
      <div ref={textRef}>
        <p>
          {labels.hint} {labels.acrossSegments}
        </p>
        <SegmentText
          segments={segments}
          highlights={annotated.highlights}
          activeHighlightId={annotated.active ? markIdOf(annotated.active) : null}
          onSelectRange={annotated.select}
          onSelectAcross={annotated.select}
          onHighlightClick={annotated.markChosen}
          lang={source?.language}
        />
      </div>
      <AnnotationPanel labels={labels} annotations={annotated.annotations} adminRoute={config.routes.admin} onSelect={annotated.choose} activeId={annotated.active} language={i18n.language} thread={annotated.thread} />
      {pending ? (
        <AnnotationPopover labels={labels} quote={'quote' in pending ? pending.quote.exact : ''} refusal={'refusal' in pending ? pending.refusal : null} position={{ top: pending.top, left: pending.left }} onSave={annotated.save} onCancel={annotated.close} />
      ) : null}
    </div>
  )
}
