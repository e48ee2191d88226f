'use client'

import { Banner, Button, SelectInput, useConfig, useTranslation } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import { IMPORT_ANALYSE_PATH, IMPORT_ENDPOINT_PATH, SOURCES_SLUG } from '@/collections/sources/importPaths'
import { ImportConfirm, type ImportAnalysis, type ImportChoices } from './ImportConfirm'
import { ImportFileField } from './ImportFileField'
import { ImportSummaryView, type ImportSummary } from './ImportSummary'
import { importLabels, LANGUAGE_OPTIONS, optionValue } from './labels'
import styles from './ImportView.module.css'

type Step =
  | { kind: 'choose' }
  | { kind: 'analysing' }
  | { kind: 'analysed'; file: File; analysis: ImportAnalysis }
  | { kind: 'importing'; file: File; analysis: ImportAnalysis }
  | { kind: 'imported'; summary: ImportSummary }

/** The language choice that lets the server detect it (a select cannot hold an empty value). */
const DETECT = 'detect'

/** The first error message of a Payload-style `{ errors: [{ message }] }` body, if there is one. */
function errorMessageOf(body: unknown): string | undefined {
  const errors = (body as { errors?: { message?: unknown }[] } | null)?.errors
  const message = errors?.[0]?.message
  return typeof message === 'string' ? message : undefined
}

/**
 * /admin/import in two steps: the document is analysed first (nothing is
 * written) and the editor sees the detected title, language and size, corrects
 * the title and says whether it is a new source or a new version of one; then
 * it is imported with those choices, and the summary shown.
 */
export function ImportForm({ flagLabels }: { flagLabels: Record<string, string> }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = importLabels(i18n.language)
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [error, setError] = useState<null | string>(null)
  const [file, setFile] = useState<File | null>(null)
  const [language, setLanguage] = useState(DETECT)

  /** Posts the file with the choices in `_payload`, the only non-file field Payload's multipart parser keeps. */
  async function post(path: string, file: File, fields: Record<string, string>): Promise<unknown> {
    const upload = new FormData()
    upload.append('file', file)
    upload.append('_payload', JSON.stringify(fields))
    const response = await fetch(`${config.routes.api}/${SOURCES_SLUG}${path}`, { method: 'POST', body: upload, credentials: 'include' })
    const body: unknown = await response.json().catch(() => null)
    if (!response.ok) throw new Error(errorMessageOf(body) ?? `${labels.failed} (HTTP ${response.status}).`)
    return body
  }

  async function analyse(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!file) return setError(labels.chooseFile)
    setError(null)
    setStep({ kind: 'analysing' })
    try {
      const analysis = (await post(IMPORT_ANALYSE_PATH, file, { language: language === DETECT ? '' : language })) as ImportAnalysis
      setStep({ kind: 'analysed', file, analysis })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setStep({ kind: 'choose' })
    }
  }

  async function confirm(choices: ImportChoices) {
    if (step.kind !== 'analysed') return
    setError(null)
    setStep({ ...step, kind: 'importing' })
    try {
      const summary = (await post(IMPORT_ENDPOINT_PATH, step.file, choices)) as ImportSummary
      setStep({ kind: 'imported', summary })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setStep({ ...step, kind: 'analysed' })
    }
  }

  const choosing = step.kind === 'choose' || step.kind === 'analysing'
  return (
    <>
      {choosing && (
        <form className={styles.form} onSubmit={analyse}>
          <ImportFileField file={file} labels={labels} disabled={step.kind === 'analysing'} onChange={setFile} />
          <SelectInput
            path="language"
            name="language"
            className={`import-language ${styles.select}`}
            label={labels.language}
            value={language}
            options={[{ label: labels.detect, value: DETECT }, ...LANGUAGE_OPTIONS]}
            isClearable={false}
            onChange={(option) => setLanguage(optionValue(option) ?? DETECT)}
          />
          <Button type="submit" buttonStyle="primary" disabled={step.kind === 'analysing'} margin={false}>
            {step.kind === 'analysing' ? labels.analysing : labels.analyse}
          </Button>
        </form>
      )}
      {(step.kind === 'analysed' || step.kind === 'importing') && (
        <ImportConfirm analysis={step.analysis} labels={labels} importing={step.kind === 'importing'} onImport={confirm} onStartOver={() => setStep({ kind: 'choose' })} />
      )}
      {error && (
        <div role="alert" className={styles.outcome}>
          <Banner type="error">{error}</Banner>
        </div>
      )}
      {step.kind === 'imported' && <ImportSummaryView summary={step.summary} labels={labels} flagLabels={flagLabels} adminRoute={config.routes.admin} />}
    </>
  )
}
