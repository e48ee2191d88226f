'use client'

import { Banner, Button, useTranslation } from '@payloadcms/ui'

import type { DecisionRequest, FindingWithDecision } from '@/lib/reconcile/api'
import { familyOf } from '@/lib/reconcile/review'
import { AuthorityForm } from './AuthorityForm'
import { ReasonForm } from './ReasonForm'
import type { ReconcileLabels } from './labels'
import styles from './Reconcile.module.css'

/** Which decision form is open under the finding, if any. */
export type DecisionForm = 'correct' | 'dismiss' | 'dispute' | 'authority' | null

export type Decide = (request: Omit<DecisionRequest, 'key' | 'article' | 'locale'>) => Promise<void>

type Props = {
  finding: FindingWithDecision
  position: number
  total: number
  labels: ReconcileLabels
  canDecide: boolean
  form: DecisionForm
  onForm: (form: DecisionForm) => void
  onStep: (delta: number) => void
  onAccept: () => void
  onDecide: Decide
  busy: boolean
  refusal: string | null
  authorityCollections: string[]
}

/** The current finding: what it says, its decision if any, and what may be decided on it. */
export function FindingPanel({ finding, position, total, labels, canDecide, form, onForm, onStep, onAccept, onDecide, busy, refusal, authorityCollections }: Props) {
  const { i18n } = useTranslation()
  const language = i18n.language === 'zh' ? 'zh' : 'en'
  return (
    <section className={styles.panel} aria-label={labels.position(position, total)} data-finding-key={finding.key} data-finding-kind={finding.kind}>
      <div className={styles.panelHead}>
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => onStep(-1)} disabled={position <= 1}>
          {labels.previous}
        </Button>
        <span className={styles.position}>{labels.position(position, total)}</span>
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => onStep(1)} disabled={position >= total}>
          {labels.next}
        </Button>
        <span className={[styles.badge, styles[familyOf(finding.kind)], styles[finding.severity]].join(' ')}>
          {labels.kinds[finding.kind]} · {labels.severities[finding.severity]}
        </span>
      </div>
      <p className={styles.message}>{finding.message[language]}</p>
      <dl className={styles.facts}>
        <dt>{labels.quote}</dt>
        <dd data-finding="quote">{finding.quote}</dd>
        {finding.suggestion !== undefined && (
          <>
            <dt>{labels.suggestion}</dt>
            <dd data-finding="suggestion">{finding.suggestion}</dd>
          </>
        )}
      </dl>
      {finding.decision && <DecisionLine decision={finding.decision} labels={labels} language={language} />}
      <div className={styles.actions}>
        {canDecide && finding.suggestion !== undefined && (
          <Button size="small" margin={false} onClick={onAccept} disabled={busy}>
            {labels.accept} (a)
          </Button>
        )}
        {canDecide && (
          <Button buttonStyle="secondary" size="small" margin={false} onClick={() => onForm('correct')} disabled={busy}>
            {labels.correct}
          </Button>
        )}
        {canDecide && (
          <Button buttonStyle="secondary" size="small" margin={false} onClick={() => onForm('dismiss')} disabled={busy}>
            {labels.dismiss} (d)
          </Button>
        )}
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => onForm('dispute')} disabled={busy}>
          {labels.dispute} (x)
        </Button>
        {canDecide && authorityCollections.length > 0 && (
          <Button buttonStyle="secondary" size="small" margin={false} onClick={() => onForm('authority')} disabled={busy}>
            {labels.addToAuthority}
          </Button>
        )}
      </div>
      {form === 'correct' && (
        <ReasonForm key={`correct-${finding.key}`} label={labels.correction} initial={finding.suggestion ?? finding.quote} labels={labels} busy={busy} onCancel={() => onForm(null)} onSubmit={(replacement) => onDecide({ action: 'corrected', replacement })} />
      )}
      {form === 'dismiss' && <ReasonForm key={`dismiss-${finding.key}`} label={labels.reason} labels={labels} busy={busy} onCancel={() => onForm(null)} onSubmit={(reason) => onDecide({ action: 'dismissed', reason })} />}
      {form === 'dispute' && <ReasonForm key={`dispute-${finding.key}`} label={labels.disputeNote} labels={labels} busy={busy} onCancel={() => onForm(null)} onSubmit={(reason) => onDecide({ action: 'disputed', reason })} />}
      {form === 'authority' && <AuthorityForm key={`authority-${finding.key}`} finding={finding} collections={authorityCollections} labels={labels} busy={busy} onCancel={() => onForm(null)} onDecide={onDecide} />}
      {refusal && (
        <Banner type="error">
          <span data-refusal>{`${labels.refused}: ${refusal}`}</span>
        </Banner>
      )}
    </section>
  )
}

function DecisionLine({ decision, labels, language }: { decision: NonNullable<FindingWithDecision['decision']>; labels: ReconcileLabels; language: 'en' | 'zh' }) {
  const when = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(decision.decidedAt))
  const detail = decision.replacement ?? decision.reason
  return (
    <p className={styles.decision} data-decision={decision.action}>
      {labels.decidedBy(labels.actions[decision.action], decision.decidedBy?.email ?? labels.someone, when)}
      {detail ? `: ${detail}` : ''}
    </p>
  )
}
