import type { ReviewProgress } from '@/lib/reconcile/api'
import type { ReconcileLabels } from './labels'
import styles from './Reconcile.module.css'

/** Findings decided of all findings, and segments reviewed of all segments, as two bars. */
export function ProgressBars({ progress, labels }: { progress: ReviewProgress; labels: ReconcileLabels }) {
  return (
    <div className={styles.progress}>
      <Bar name="findings" value={progress.decided} max={progress.total} text={labels.findingsProgress(progress.decided, progress.total)} />
      <Bar name="segments" value={progress.segmentsReviewed} max={progress.segmentsTotal} text={labels.segmentsProgress(progress.segmentsReviewed, progress.segmentsTotal)} />
    </div>
  )
}

function Bar({ name, value, max, text }: { name: string; value: number; max: number; text: string }) {
  return (
    <div className={styles.bar} data-progress={name}>
      <div role="progressbar" aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-label={text} className={styles.track}>
        <div className={styles.fill} style={{ width: `${max ? (100 * value) / max : 0}%` }} />
      </div>
      <span>{text}</span>
    </div>
  )
}
