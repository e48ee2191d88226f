'use client'

import { useState } from 'react'

import { KINDS, type AnnotationLabels, type Kind } from './labels'
import styles from './Annotations.module.css'

export type NewAnnotation = { motivation: Kind; body: string; suggestedReplacement: string }

type Props = {
  labels: AnnotationLabels
  quote: string
  position: { top: number; left: number }
  /** Why the selection cannot be annotated: shown instead of the form. */
  refusal?: string | null
  onSave: (annotation: NewAnnotation) => Promise<string | null>
  onCancel: () => void
}

/** The small form that opens over a selection: kind, note (and a replacement for a correction), save. */
export function AnnotationPopover({ labels, quote, position, refusal = null, onSave, onCancel }: Props) {
  const [motivation, setMotivation] = useState<Kind>('commenting')
  const [saving, setSaving] = useState(false)
  const [body, setBody] = useState('')
  const [suggestedReplacement, setSuggestedReplacement] = useState('')
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    setSaving(true)
    const refusal = await onSave({ motivation, body, suggestedReplacement })
    setSaving(false)
    setError(refusal)
  }

  if (refusal) {
    return (
      <div className={styles.popover} style={position} role="dialog" aria-label={labels.heading} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
        <p className={styles.error} role="alert">{`${labels.cannotAnnotate}: ${refusal}`}</p>
        <div className={styles.actions}>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onCancel} autoFocus>
            {labels.cancel}
          </button>
        </div>
      </div>
    )
  }
  return (
    // Not a <form>: it sits inside the document's own form, and a nested form's submit would save the document.
    <div className={styles.popover} style={position} role="dialog" aria-label={labels.heading} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <q className={styles.quote}>{quote}</q>
      <label>
        {labels.kind}{' '}
        <select name="motivation" value={motivation} onChange={(event) => setMotivation(event.target.value as Kind)}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels.kinds[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels.note}
        <textarea value={body} onChange={(event) => setBody(event.target.value)} autoFocus />
      </label>
      {motivation === 'correcting' || motivation === 'flagging-mt-error' ? (
        <label>
          {labels.replacement}
          <input type="text" value={suggestedReplacement} onChange={(event) => setSuggestedReplacement(event.target.value)} />
        </label>
      ) : null}
      {error ? <p className={styles.error} role="alert">{`${labels.failed}: ${error}`}</p> : null}
      <div className={styles.actions}>
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={saving} onClick={() => void save()}>
          {saving ? labels.saving : labels.save}
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onCancel}>
          {labels.cancel}
        </button>
      </div>
    </div>
  )
}
