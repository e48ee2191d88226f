'use client'

import { memo, useId, type Ref } from 'react'

import { SegmentText, type TextHighlight } from '@/components/segmentText/SegmentText'
import { passageHighlights, passageSelection, type SegmentSelection } from '@/lib/annotate/display'
import type { ReconcilePair, ReconcileResponse } from '@/lib/reconcile/api'
import { pairVerdict } from '@/lib/reconcile/review'
import type { ComparisonChoice } from './ReconcileScreen'
import type { ReconcileLabels } from './labels'
import styles from './Reconcile.module.css'

type Props = {
  ref: Ref<HTMLElement>
  choices: ComparisonChoice[]
  comparison: string | null
  onComparison: (ref: string) => void
  alignment: { data: ReconcileResponse | null; error: string | null; loading: boolean }
  activePair: number
  hasActiveFinding: boolean
  labels: ReconcileLabels
  /** When the comparison is a source: its annotations' marks (segment offsets) and what a selection in its passages does. */
  annotate?: ComparisonAnnotating
}

export type ComparisonAnnotating = { highlights: readonly TextHighlight[]; onSelect: (selection: SegmentSelection) => void }

/** The right-hand side: which text to compare with, and the passages aligned with the left text. */
export function ComparisonPane({ ref, choices, comparison, onComparison, alignment, activePair, hasActiveFinding, labels, annotate }: Props) {
  const id = useId()
  const sources = choices.filter((choice) => choice.ref.startsWith('sources:'))
  const articles = choices.filter((choice) => choice.ref.startsWith('articles:'))
  const pairs = alignment.data?.pairs ?? []
  return (
    <section className={styles.column} ref={ref} data-side="right" aria-label={labels.comparison}>
      <div className={styles.chooser}>
        <label htmlFor={id}>{labels.comparison}</label>
        <select id={id} className={styles.input} value={comparison ?? ''} onChange={(event) => onComparison(event.target.value)} data-comparison>
          {!comparison && <option value="">{labels.comparisonNone}</option>}
          <optgroup label={labels.sources}>
            {sources.map((choice) => (
              <option key={choice.ref} value={choice.ref}>
                {choice.title}
              </option>
            ))}
          </optgroup>
          <optgroup label={labels.articles}>
            {articles.map((choice) => (
              <option key={choice.ref} value={choice.ref}>
                {choice.title}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {alignment.loading && <p>{labels.loadingAlignment}</p>}
      {alignment.error && <p className={styles.invalid}>{`${labels.failed}: ${alignment.error}`}</p>}
      {alignment.data && <p className={styles.note}>{pairs.length ? labels.passages(pairs.length) : labels.noPassages}</p>}
      {alignment.data && hasActiveFinding && activePair < 0 && pairs.length > 0 && <p className={styles.note}>{labels.noPassage}</p>}
      <ol className={styles.pairs} lang={alignment.data?.right.language || undefined}>
        {pairs.map((pair, index) => (
          <PairCard key={index} pair={pair} index={index} active={index === activePair} labels={labels} annotate={annotate} />
        ))}
      </ol>
    </section>
  )
}

/** One aligned passage: the comparison's sentence, the left sentence it answers, and each anchor's verdict. */
const PairCard = memo(function PairCard({ pair, index, active, labels, annotate }: { pair: ReconcilePair; index: number; active: boolean; labels: ReconcileLabels; annotate?: ComparisonAnnotating }) {
  return (
    <li className={[styles.pair, styles[pairVerdict(pair)], active ? styles.activePair : undefined].filter(Boolean).join(' ')} data-pair-index={index} data-verdict={pairVerdict(pair)} aria-current={active || undefined}>
      {annotate ? (
        // The comparison's sentence as a piece of its segment: its annotations marked, a selection annotating it.
        <SegmentText
          className={styles.pairText}
          segments={[{ id: pair.right.segmentId, text: pair.right.text }]}
          highlights={passageHighlights(annotate.highlights, pair.right)}
          onSelectRange={(range) => annotate.onSelect(passageSelection(pair.right, range))}
        />
      ) : (
        <p className={styles.pairText}>{pair.right.text}</p>
      )}
      <p className={styles.pairLeft}>{pair.left.text}</p>
      <ul className={styles.anchors}>
        {pair.anchors.map((anchor, position) => (
          <li key={position} className={[styles.anchor, styles[anchor.verdict]].join(' ')} data-anchor-verdict={anchor.verdict}>
            <strong>{labels.verdicts[anchor.verdict]}</strong> {labels.anchorKinds[anchor.kind]}: {[anchor.left, anchor.right].filter(Boolean).join(' ↔ ')}
          </li>
        ))}
      </ul>
    </li>
  )
})
