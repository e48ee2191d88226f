'use client'

import { useState, type FormEvent } from 'react'

import { KINDS, type AnnotationLabels, type Kind } from './labels'
import styles from './Annotations.module.css'

export type NewAnnotation = { motivation: Kind; body: string; suggestedReplacement: string }

type Props = {
  labels: AnnotationLabels
  quote: string
  position: { top: number; left: number }
  onSave: (annotation: NewAnnotation) => Promise<string | null>
  onCancel: () => void
}

/** The small form that opens over a selection: kind, note (and a replacement for a correction), save. */
export function AnnotationPopover({ labels, quote, position, onSave, onCancel }: Props) {
  const [motivation, setMotivation] = useState<Kind>('commenting')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const fields = new FormData(event.currentTarget)
    setSaving(true)
    const refusal = await onSave({ motivation, body: String(fields.get('body') ?? ''), suggestedReplacement: String(fields.get('suggestedReplacement') ?? '') })
    setSaving(false)
    setError(refusal)
  }

  return (
    <form className={styles.popover} style={position} onSubmit={submit} role="dialog" aria-label={labels.heading} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
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
        <textarea name="body" autoFocus />
      </label>
      {motivation === 'correcting' || motivation === 'flagging-mt-error' ? (
        <label>
          {labels.replacement}
          <input name="suggestedReplacement" type="text" />
        </label>
      ) : null}
      {error ? <p className={styles.error} role="alert">{`${labels.failed}: ${error}`}</p> : null}
      <div className={styles.actions}>
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={saving}>
          {saving ? labels.saving : labels.save}
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onCancel}>
          {labels.cancel}
        </button>
      </div>
    </form>
  )
}
