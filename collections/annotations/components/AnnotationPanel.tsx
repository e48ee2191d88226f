'use client'

import { useState } from 'react'

import { filterAnnotations, type ListedAnnotation } from '@/lib/annotate/display'
import { KINDS, STATUSES, type AnnotationLabels, type Kind, type Status } from './labels'
import styles from './Annotations.module.css'

type Props = { labels: AnnotationLabels; annotations: readonly ListedAnnotation[]; adminRoute: string; onSelect: (id: string) => void }

/** A document's annotations with filters by kind and status; orphaned ones say their text is gone and show the quote. */
export function AnnotationPanel({ labels, annotations, adminRoute, onSelect }: Props) {
  const [motivation, setMotivation] = useState('')
  const [status, setStatus] = useState('')
  const shown = filterAnnotations(annotations, { motivation, status })
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
        <select aria-label={labels.statuses.open} value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">{labels.allStatuses}</option>
          {STATUSES.map((one) => (
            <option key={one} value={one}>
              {labels.statuses[one]}
            </option>
          ))}
        </select>
      </div>
      {shown.length ? null : <p>{labels.none}</p>}
      <ul className={styles.list}>
        {shown.map((annotation) => (
          <li key={annotation.id} className={styles.item} data-annotation-id={annotation.id}>
            <button type="button" onClick={() => onSelect(annotation.id)}>
              <strong>{labels.kinds[annotation.motivation as Kind] ?? annotation.motivation}</strong> · {labels.statuses[annotation.status as Status] ?? annotation.status}
              {annotation.anchorState === 'orphaned' ? <span className={styles.orphaned}> · {labels.orphaned}</span> : null}
              {annotation.anchorState === 'fuzzy' ? <span> · {labels.fuzzy}</span> : null}
              <br />
              <q className={styles.quote}>{annotation.exact}</q>
              {annotation.body ? <span> — {annotation.body}</span> : null}
            </button>
            <a href={`${adminRoute}/collections/annotations/${annotation.id}`}>{labels.open}</a>
          </li>
        ))}
      </ul>
    </aside>
  )
}
