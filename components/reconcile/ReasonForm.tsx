'use client'

import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { ReconcileLabels } from './labels'
import styles from './Reconcile.module.css'

type Props = { label: string; initial?: string; labels: ReconcileLabels; busy: boolean; onSubmit: (text: string) => void; onCancel: () => void }

/** One required line of text (a reason or a correction), focused when it opens; Enter saves, Escape closes. */
export function ReasonForm({ label, initial = '', labels, busy, onSubmit, onCancel }: Props) {
  const id = useId()
  const [text, setText] = useState(initial)
  const [missing, setMissing] = useState(false)
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault()
        if (!text.trim()) return setMissing(true)
        onSubmit(text.trim())
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={styles.input}
        value={text}
        autoFocus
        aria-required
        aria-invalid={missing || undefined}
        onChange={(event) => {
          setText(event.target.value)
          setMissing(false)
        }}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      />
      <Button type="submit" size="small" margin={false} disabled={busy}>
        {busy ? labels.saving : labels.submit}
      </Button>
      <Button buttonStyle="secondary" size="small" margin={false} onClick={onCancel}>
        {labels.cancel}
      </Button>
      {missing && <span className={styles.invalid}>{labels.reasonRequired}</span>}
    </form>
  )
}
