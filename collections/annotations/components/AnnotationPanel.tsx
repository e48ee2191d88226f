'use client'

import { useState } from 'react'

import { authorsOf, filterAnnotations, type ListedAnnotation } from '@/lib/annotate/display'
import { AnnotationThread, type ThreadActions } from './AnnotationThread'
import { KINDS, STATUSES, type AnnotationLabels, type Kind, type Status } from './labels'
import styles from './Annotations.module.css'

type Props = {
  labels: AnnotationLabels
  annotations: readonly ListedAnnotation[]
  adminRoute: string
  /** Called when an entry is chosen: the screen brings its range into view and focuses it. */
  onSelect: (id: string) => void
  /** The entry opened (its thread shown), when the screen says which. */
  activeId?: string | null
  /** Replies and status changes; without them the panel only lists. */
  thread?: ThreadActions
  /** Annotations the screen also lists as findings (the reconcile view). */
  findingIds?: { has: (id: string) => boolean }
  language?: string
}

/**
 * A document's annotations with filters by kind, status and author; orphaned
 * ones say their text is gone and show the quote. The entry chosen opens its thread.
 */
export function AnnotationPanel({ labels, annotations, adminRoute, onSelect, activeId = null, thread, findingIds, language = 'en' }: Props) {
  const [motivation, setMotivation] = useState('')
  const [status, setStatus] = useState('')
  const [author, setAuthor] = useState('')
  const shown = filterAnnotations(annotations, { motivation, status, author })
  const authors = authorsOf(annotations)
  return (
    <aside className={styles.panel} aria-label={labels.heading}>
      <h3>{labels.heading}</h3>
      <div className={styles.filters}>
        <select aria-label={labels.kind} value={motivation} onChange={(event) => setMotivation(event.target.value)}>
          <option value="">{labels.allKinds}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels.kinds[kind]}
            </option>
          ))}
        </select>
        <select aria-label={labels.status} value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">{labels.allStatuses}</option>
          {STATUSES.map((one) => (
            <option key={one} value={one}>
              {labels.statuses[one]}
            </option>
          ))}
        </select>
        {authors.length ? (
          <select aria-label={labels.author} value={author} onChange={(event) => setAuthor(event.target.value)}>
            <option value="">{labels.allAuthors}</option>
            {authors.map((one) => (
              <option key={one.id} value={one.id}>
                {one.id === thread?.userId ? labels.you : one.name}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      {shown.length ? null : <p>{labels.none}</p>}
      <ul className={styles.list}>
        {shown.map((annotation) => (
          <li key={annotation.id} className={[styles.item, annotation.id === activeId ? styles.current : undefined].filter(Boolean).join(' ')} data-annotation-id={annotation.id} aria-current={annotation.id === activeId || undefined}>
            <button type="button" onClick={() => onSelect(annotation.id)} aria-expanded={thread ? annotation.id === activeId : undefined}>
              <strong>{labels.kinds[annotation.motivation as Kind] ?? annotation.motivation}</strong> · {labels.statuses[annotation.status as Status] ?? annotation.status}
              {annotation.anchorState === 'orphaned' ? <span className={styles.orphaned}> · {labels.orphaned}</span> : null}
              {annotation.anchorState === 'fuzzy' ? <span> · {labels.fuzzy}</span> : null}
              {findingIds?.has(annotation.id) ? <span> · {labels.asFinding}</span> : null}
              <br />
              <q className={styles.quote}>{annotation.exact}</q>
              {annotation.body ? <span> — {annotation.body}</span> : null}
            </button>
            {thread && annotation.id === activeId ? <AnnotationThread annotation={annotation} labels={labels} language={language} adminRoute={adminRoute} {...thread} /> : null}
            <a href={`${adminRoute}/collections/annotations/${annotation.id}`}>{thread ? labels.edit : labels.open}</a>
          </li>
        ))}
      </ul>
    </aside>
  )
}
