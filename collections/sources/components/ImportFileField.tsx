'use client'

import { Button, Dropzone, FieldLabel } from '@payloadcms/ui'
import { useRef } from 'react'

import type { ImportLabels } from './labels'
import styles from './ImportView.module.css'

const ACCEPTED_EXTENSIONS = '.txt,.md,.markdown,.html,.htm'

/** The document to import, chosen the way Payload's own upload field chooses a file: a drop zone with a "select" button. */
export function ImportFileField({ file, labels, disabled, onChange }: { file: File | null; labels: ImportLabels; disabled: boolean; onChange: (file: File | null) => void }) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <div className={`field-type ${styles.field}`}>
      <FieldLabel htmlFor="import-file" label={labels.file} required />
      <Dropzone disabled={disabled} onChange={(files) => onChange(files[0] ?? null)} className={styles.dropzone}>
        <Button buttonStyle="pill" size="small" margin={false} disabled={disabled} onClick={() => input.current?.click()}>
          {labels.selectFile}
        </Button>
        <input
          ref={input}
          id="import-file"
          type="file"
          hidden
          accept={ACCEPTED_EXTENSIONS}
          onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        />
        <span className={styles.fileName} data-chosen-file={file?.name ?? ''}>
          {file ? file.name : labels.dropHint}
        </span>
      </Dropzone>
    </div>
  )
}
