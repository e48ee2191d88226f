'use client'

import { Banner, Button, SelectInput, TextInput } from '@payloadcms/ui'
import { useState, type ChangeEvent, type FormEvent } from 'react'

import { LANGUAGE_OPTIONS, optionValue, type ImportLabels } from './labels'
import styles from './ImportView.module.css'

type SourceChoice = { id: number | string; title: string }

/** POST /api/sources/import/analyse's answer (server/import's ImportAnalysis, as JSON). */
export type ImportAnalysis = {
  title: string
  language: string
  format: string
  bytes: number
  characters: number
  segments: number
  citations: number
  entities: number
  identicalTo: SourceChoice | null
  sameTitle: SourceChoice[]
}

/** What the editor decided: sent as the import's `_payload`. */
export type ImportChoices = { title: string; language: string; versionOf: string }

/** The "import as" choice of a new source (a select cannot hold an empty value). */
const NEW_SOURCE = 'new'

/** The second step: what was detected, the title to correct, and "a new source" or "a new version of …". */
export function ImportConfirm({
  analysis,
  labels,
  importing,
  onImport,
  onStartOver,
}: {
  analysis: ImportAnalysis
  labels: ImportLabels
  importing: boolean
  onImport: (choices: ImportChoices) => void
  onStartOver: () => void
}) {
  const [title, setTitle] = useState(analysis.title)
  const [language, setLanguage] = useState(analysis.language === 'zh' ? 'zh' : 'en')
  const [versionOf, setVersionOf] = useState(NEW_SOURCE)
  const [otherSource, setOtherSource] = useState('')

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onImport({ title, language, versionOf: otherSource.trim() || (versionOf === NEW_SOURCE ? '' : versionOf) })
  }

  return (
    <section className={styles.outcome} aria-label={labels.detected}>
      <h2>{labels.detected}</h2>
      <p>{labels.detectedIntro}</p>
      {analysis.identicalTo && <Banner type="info">{labels.identical(String(analysis.identicalTo.id), analysis.identicalTo.title)}</Banner>}
      <form className={styles.confirm} onSubmit={submit}>
        <TextInput path="import-title" label={labels.detectedTitle} value={title} required onChange={(event: ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)} />
        <SelectInput
          path="import-confirm-language"
          name="language"
          className={`import-confirm-language ${styles.select}`}
          label={labels.language}
          value={language}
          options={LANGUAGE_OPTIONS}
          isClearable={false}
          onChange={(option) => setLanguage(optionValue(option) ?? language)}
        />
        <dl className={styles.summary}>
          <dt>{labels.size}</dt>
          <dd data-detected="size">{labels.sizeOf(analysis.bytes, analysis.characters, analysis.format)}</dd>
          <dt>{labels.contents}</dt>
          <dd data-detected="contents">{labels.contentsOf(analysis.segments, analysis.citations, analysis.entities)}</dd>
        </dl>
        <SelectInput
          path="import-version-of"
          name="versionOf"
          className={`import-version-of ${styles.select}`}
          label={labels.importAs}
          value={versionOf}
          options={[{ label: labels.newSource, value: NEW_SOURCE }, ...analysis.sameTitle.map((source) => ({ label: labels.versionOf(String(source.id), source.title), value: String(source.id) }))]}
          isClearable={false}
          onChange={(option) => setVersionOf(optionValue(option) ?? NEW_SOURCE)}
        />
        <TextInput path="import-version-of-id" label={labels.otherSource} value={otherSource} onChange={(event: ChangeEvent<HTMLInputElement>) => setOtherSource(event.target.value)} />
        <div className={styles.links}>
          <Button type="submit" buttonStyle="primary" disabled={importing} margin={false}>
            {importing ? labels.importing : labels.submit}
          </Button>
          <Button type="button" buttonStyle="secondary" disabled={importing} margin={false} onClick={onStartOver}>
            {labels.startOver}
          </Button>
        </div>
      </form>
    </section>
  )
}
