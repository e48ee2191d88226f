'use client'

import { Banner, Button } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import type { ImportLabels } from './labels'
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
  const [versionOf, setVersionOf] = useState('')
  const [otherSource, setOtherSource] = useState('')

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const fields = new FormData(event.currentTarget)
    onImport({ title: String(fields.get('title') ?? ''), language: String(fields.get('language') ?? ''), versionOf: otherSource.trim() || versionOf })
  }

  return (
    <section className={styles.outcome} aria-label={labels.detected}>
      <h2>{labels.detected}</h2>
      <p>{labels.detectedIntro}</p>
      {analysis.identicalTo && <Banner type="info">{labels.identical(String(analysis.identicalTo.id), analysis.identicalTo.title)}</Banner>}
      <form className={styles.confirm} onSubmit={submit}>
        <div className={styles.field}>
          <label className="field-label" htmlFor="import-title">
            {labels.detectedTitle}
          </label>
          <input id="import-title" name="title" type="text" defaultValue={analysis.title} required maxLength={300} />
        </div>
        <div className={styles.field}>
          <label className="field-label" htmlFor="import-confirm-language">
            {labels.language}
          </label>
          <select id="import-confirm-language" name="language" defaultValue={analysis.language === 'zh' ? 'zh' : 'en'}>
            <option value="en">English</option>
            <option value="zh">中文</option>
          </select>
        </div>
        <dl className={styles.summary}>
          <dt>{labels.size}</dt>
          <dd data-detected="size">{labels.sizeOf(analysis.bytes, analysis.characters, analysis.format)}</dd>
          <dt>{labels.contents}</dt>
          <dd data-detected="contents">{labels.contentsOf(analysis.segments, analysis.citations, analysis.entities)}</dd>
        </dl>
        <div className={styles.field}>
          <label className="field-label" htmlFor="import-version-of">
            {labels.importAs}
          </label>
          <select id="import-version-of" value={versionOf} onChange={(event) => setVersionOf(event.target.value)}>
            <option value="">{labels.newSource}</option>
            {analysis.sameTitle.map((source) => (
              <option key={String(source.id)} value={String(source.id)}>
                {labels.versionOf(String(source.id), source.title)}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label className="field-label" htmlFor="import-version-of-id">
            {labels.otherSource}
          </label>
          <input id="import-version-of-id" type="text" inputMode="numeric" value={otherSource} onChange={(event) => setOtherSource(event.target.value)} />
        </div>
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
