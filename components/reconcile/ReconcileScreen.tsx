'use client'

import { Banner, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { annotationIdOf, markIdOf } from '@/collections/annotations/components/annotatedText'
import { AnnotationPanel } from '@/collections/annotations/components/AnnotationPanel'
import { AnnotationPopover } from '@/collections/annotations/components/AnnotationPopover'
import { useAnnotatedSource } from '@/collections/annotations/components/useAnnotatedSource'
import { SegmentText, type TextHighlight, type TextSegment } from '@/components/segmentText/SegmentText'
import type { ListedAnnotation, SegmentSelection } from '@/lib/annotate/display'
import type { DecisionRequest, FindingWithDecision } from '@/lib/reconcile/api'
import { familyOf, inReadingOrder, pairIndexForFinding, stepIndex } from '@/lib/reconcile/review'
import { ComparisonPane, type ComparisonAnnotating } from './ComparisonPane'
import { FindingPanel, type DecisionForm } from './FindingPanel'
import { ProgressBars } from './ProgressBars'
import { reconcileLabels, type ReconcileLabels } from './labels'
import { useReviewKeys } from './useReviewKeys'
import { useAlignment, useFindings } from './useReconcileData'
import styles from './Reconcile.module.css'

export type ComparisonChoice = { ref: string; title: string; language: string }

type Props = {
  sourceId: string
  sourceTitle: string
  sourceLanguage: string
  segments: TextSegment[]
  /** The article the view was opened from; otherwise the article drafted from the source. */
  articleId: string | null
  choices: ComparisonChoice[]
  defaultComparison: string | null
  canDecide: boolean
  authorityCollections: string[]
}

/**
 * The reconcile screen: the source's text with its findings and annotations,
 * the chosen comparison beside it, one finding at a time. Selecting a passage
 * annotates the source; a machine-translation error or correction annotated
 * here (or anywhere) is one of the findings, decided like the others.
 */
export function ReconcileScreen({ sourceId, sourceTitle, sourceLanguage, segments, articleId, choices, defaultComparison, canDecide, authorityCollections }: Props) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const labels = reconcileLabels(i18n.language)
  const findings = useFindings(sourceId)
  const [comparison, setComparison] = useState(defaultComparison)
  const locale = sourceLanguage === 'en' || sourceLanguage === 'zh' ? sourceLanguage : null
  const alignment = useAlignment(sourceId, comparison, locale)
  const pairs = useMemo(() => alignment.data?.pairs ?? [], [alignment.data])

  const ordered = useMemo(() => inReadingOrder(findings.data?.findings ?? [], segments.map((segment) => segment.id)), [findings.data, segments])
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const [form, setForm] = useState<DecisionForm>(null)
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const activeIndex = ordered.findIndex((finding) => finding.key === activeKey)
  const active = ordered[activeIndex] ?? null

  const leftRef = useRef<HTMLElement>(null)
  const rightRef = useRef<HTMLElement>(null)
  // Annotations listed among the findings are marked (and decided) as findings: one list of what is doubtful.
  const findingOfAnnotation = useMemo(() => new Map(ordered.flatMap((finding) => (finding.kind === 'annotation' ? [[finding.annotation.id, finding.key] as const] : []))), [ordered])
  const markedElsewhere = useCallback((annotation: ListedAnnotation) => findingOfAnnotation.has(annotation.id), [findingOfAnnotation])
  const annotated = useAnnotatedSource(sourceId, leftRef, { markedElsewhere, onWritten: findings.reload })
  const { reload: reloadAnnotations, markChosen, choose: chooseListed } = annotated
  // A source as the comparison is annotated too, in its aligned passages (its list and threads are on its own screen).
  const comparedSourceId = comparison?.startsWith('sources:') ? comparison.slice('sources:'.length) : null
  const compared = useAnnotatedSource(comparedSourceId, rightRef)
  const { select: selectLeft, close: closeLeft } = annotated
  const { select: selectRight, close: closeRight } = compared
  // One selection waits at a time: selecting on one side drops the other's.
  const annotateLeft = useCallback(
    (selection: SegmentSelection) => {
      closeRight()
      selectLeft(selection)
    },
    [closeRight, selectLeft],
  )
  const annotateRight = useMemo<ComparisonAnnotating | undefined>(() => {
    if (!comparedSourceId) return undefined
    const onSelect = (selection: SegmentSelection) => {
      closeLeft()
      selectRight(selection)
    }
    return { highlights: compared.highlights, onSelect }
  }, [comparedSourceId, compared.highlights, closeLeft, selectRight])
  const [showing, setShowing] = useState<'finding' | 'annotation'>('finding')

  // Open on the first finding nobody has decided yet.
  useEffect(() => {
    if (activeKey === null && ordered.length) setActiveKey((ordered.find((finding) => !finding.decision) ?? ordered[0])!.key)
  }, [activeKey, ordered])

  const select = useCallback((key: string) => {
    setActiveKey(key)
    setForm(null)
    setRefusal(null)
  }, [])
  const step = useCallback(
    (delta: number) => {
      const next = ordered[stepIndex(activeIndex, delta, ordered.length)]
      if (next) select(next.key)
    },
    [activeIndex, ordered, select],
  )

  const decide = useCallback(
    async (request: Omit<DecisionRequest, 'key' | 'article' | 'locale'>) => {
      if (!active || busy) return
      setBusy(true)
      const article = articleId ?? findings.data?.article?.id
      const reason = await findings.decide({ key: active.key, ...request, ...(article ? { article } : {}), ...(locale ? { locale } : {}) })
      setBusy(false)
      setRefusal(reason)
      if (reason) return
      setForm(null)
      // A dispute opens an annotation, a decision on an annotated one answers it.
      void reloadAnnotations()
      step(1)
    },
    [active, articleId, busy, findings, locale, reloadAnnotations, step],
  )
  const accept = useCallback(() => {
    if (active?.suggestion !== undefined) void decide({ action: 'accepted', replacement: active.suggestion })
  }, [active, decide])

  useReviewKeys({ step, accept: canDecide ? accept : undefined, open: setForm, canDecide })

  const activePair = active ? pairIndexForFinding(pairs, active) : -1
  // Selecting a finding brings it, and its aligned passage, into view on both sides.
  useEffect(() => {
    if (!activeKey) return
    leftRef.current?.querySelector(`[data-highlight-id="${CSS.escape(activeKey)}"]`)?.scrollIntoView({ block: 'center' })
    if (activePair >= 0) rightRef.current?.querySelector(`[data-pair-index="${activePair}"]`)?.scrollIntoView({ block: 'center' })
  }, [activeKey, activePair])

  const findingHighlights = useMemo(() => ordered.map((finding) => highlightOf(finding, labels, i18n.language)), [ordered, labels, i18n.language])
  const highlights = useMemo(() => [...findingHighlights, ...annotated.highlights], [findingHighlights, annotated.highlights])
  const chooseMark = useCallback(
    (markId: string) => {
      if (annotationIdOf(markId) === null) {
        setShowing('finding')
        return select(markId)
      }
      setShowing('annotation')
      markChosen(markId)
    },
    [markChosen, select],
  )
  const chooseAnnotation = (annotationId: string) => {
    const key = findingOfAnnotation.get(annotationId)
    setShowing(key ? 'finding' : 'annotation')
    if (key) select(key)
    else chooseListed(annotationId)
  }
  const popover = annotated.pending ? { side: annotated, pending: annotated.pending } : compared.pending ? { side: compared, pending: compared.pending } : null

  if (findings.error) return <Banner type="error">{`${labels.failed}: ${findings.error}`}</Banner>
  return (
    <div className={styles.screen} data-reconcile-source={sourceId}>
      <h2 className={styles.heading}>{labels.title(sourceTitle)}</h2>
      {findings.data ? <ProgressBars progress={findings.data.progress} labels={labels} /> : <p>{labels.loading}</p>}
      {!canDecide && <p className={styles.note}>{labels.historianOnly}</p>}
      <p className={styles.note}>
        {annotated.labels.hint} {annotated.labels.acrossSegments}
      </p>
      {annotated.error && <p className={styles.invalid}>{`${annotated.labels.loadFailed}: ${annotated.error}`}</p>}
      {findings.data?.staleDecisions.length ? <p className={styles.note}>{labels.staleDecisions(findings.data.staleDecisions.length)}</p> : null}
      {findings.data && !ordered.length && <p>{labels.noFindings}</p>}
      {active && (
        <FindingPanel
          finding={active}
          position={activeIndex + 1}
          total={ordered.length}
          labels={labels}
          canDecide={canDecide}
          form={form}
          onForm={setForm}
          onStep={step}
          onAccept={accept}
          onDecide={decide}
          busy={busy}
          refusal={refusal}
          authorityCollections={authorityCollections}
        />
      )}
      <div className={styles.columns}>
        <section className={styles.column} ref={leftRef} aria-label={sourceTitle} data-side="left">
          <SegmentText
            segments={segments}
            highlights={highlights}
            activeHighlightId={showing === 'annotation' && annotated.active ? markIdOf(annotated.active) : activeKey}
            onHighlightClick={chooseMark}
            onSelectRange={annotateLeft}
            onSelectAcross={annotateLeft}
            lang={sourceLanguage || undefined}
          />
        </section>
        <ComparisonPane
          ref={rightRef}
          choices={choices}
          comparison={comparison}
          onComparison={setComparison}
          alignment={alignment}
          activePair={activePair}
          hasActiveFinding={Boolean(active)}
          labels={labels}
          annotate={annotateRight}
        />
      </div>
      <AnnotationPanel
        labels={annotated.labels}
        annotations={annotated.annotations}
        adminRoute={config.routes.admin}
        onSelect={chooseAnnotation}
        activeId={showing === 'annotation' ? annotated.active : null}
        thread={annotated.thread}
        findingIds={findingOfAnnotation}
        language={i18n.language}
      />
      {popover ? (
        <AnnotationPopover
          labels={popover.side.labels}
          quote={'quote' in popover.pending ? popover.pending.quote.exact : ''}
          refusal={'refusal' in popover.pending ? popover.pending.refusal : null}
          position={{ top: popover.pending.top, left: popover.pending.left }}
          onSave={popover.side.save}
          onCancel={popover.side.close}
        />
      ) : null}
    </div>
  )
}

function highlightOf(finding: FindingWithDecision, labels: ReconcileLabels, language: string): TextHighlight {
  const kind = labels.kinds[finding.kind]
  return {
    id: finding.key,
    segmentId: finding.segmentId,
    start: finding.start,
    end: finding.end,
    label: kind,
    title: `${kind} (${labels.severities[finding.severity]}): ${finding.message[language === 'zh' ? 'zh' : 'en']}`,
    className: [styles[familyOf(finding.kind)], styles[finding.severity], finding.decision ? styles.decided : undefined].filter(Boolean).join(' '),
  }
}
