'use client'

import type { ListedAnnotation } from '@/lib/annotate/display'
import type { ArticleAnnotationLabels } from './articleLabels'
import type { AnnotationLabels, Kind, Status } from './labels'
import styles from './Annotations.module.css'

type Props = { labels: AnnotationLabels & ArticleAnnotationLabels; annotations: readonly ListedAnnotation[]; place: { top: number; left: number } }

/** The notes of the marks under the pointer or the caret: every one of them where annotations overlap. */
export function AnnotationNote({ labels, annotations, place }: Props) {
  if (!annotations.length) return null
  return (
    <div className={styles.note} style={place} role="tooltip" aria-label={labels.noteHeading} data-testid="annotation-note">
      {annotations.map((one) => (
        <p key={one.id}>
          <strong>{labels.kinds[one.motivation as Kind] ?? one.motivation}</strong> · {labels.statuses[one.status as Status] ?? one.status}
          {one.body ? <> — {one.body}</> : null}
        </p>
      ))}
    </div>
  )
}
