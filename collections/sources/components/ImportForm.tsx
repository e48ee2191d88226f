'use client'

import { Banner, Button, useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState, type FormEvent } from 'react'

import { IMPORT_ENDPOINT_PATH, SOURCES_SLUG } from '../importPaths'
import { importLabels, type ImportLabels } from './labels'
import styles from './ImportView.module.css'

/** The endpoint's answer on success (server/import's ImportSummary, as JSON). */
type ImportSummary = {
  status: 'created' | 'unchanged' | 'updated'
  fileName: string
  title: string
  sourceId: number | string
  articleId: number | string | null
  articleNote?: string
  segments: number
  citations: { new: number; reused: number }
  entities: { new: number; reused: number }
  flags: Record<string, number>
}

type Outcome = { kind: 'idle' } | { kind: 'importing' } | { kind: 'imported'; summary: ImportSummary } | { kind: 'failed'; message: string }

const ACCEPTED_EXTENSIONS = '.txt,.md,.markdown,.html,.htm'

/** The first error message of a Payload-style `{ errors: [{ message }] }` body, if there is one. */
function errorMessageOf(body: unknown): string | undefined {
  const errors = (body as { errors?: { message?: unknown }[] } | null)?.errors
  const message = errors?.[0]?.message
  return typeof message === 'string' ? message : undefined
}

/** The upload form of /admin/import and, once the server has answered, its summary or error. */
export function ImportForm({ flagLabels }: { flagLabels: Record<string, string> }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = importLabels(i18n.language)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const fields = new FormData(event.currentTarget)
    const file = fields.get('file')
    if (!(file instanceof File) || !file.name) {
      setOutcome({ kind: 'failed', message: labels.chooseFile })
      return
    }
    const upload = new FormData()
    upload.append('file', file)
    // Payload's multipart parser passes on only files and this JSON field.
    upload.append('_payload', JSON.stringify({ language: fields.get('language') ?? '' }))
    setOutcome({ kind: 'importing' })
    try {
      const response = await fetch(`${config.routes.api}/${SOURCES_SLUG}${IMPORT_ENDPOINT_PATH}`, { method: 'POST', body: upload, credentials: 'include' })
      const body: unknown = await response.json().catch(() => null)
      if (response.ok) setOutcome({ kind: 'imported', summary: body as ImportSummary })
      else setOutcome({ kind: 'failed', message: errorMessageOf(body) ?? `${labels.failed} (HTTP ${response.status}).` })
    } catch (error) {
      setOutcome({ kind: 'failed', message: `${labels.failed}: ${error instanceof Error ? error.message : String(error)}` })
    }
  }

  const importing = outcome.kind === 'importing'
  return (
    <>
      <form className={styles.form} onSubmit={submit}>
        <div className={styles.field}>
          <label className="field-label" htmlFor="import-file">
            {labels.file}
          </label>
          <input id="import-file" name="file" type="file" accept={ACCEPTED_EXTENSIONS} required />
        </div>
        <div className={styles.field}>
          <label className="field-label" htmlFor="import-language">
            {labels.language}
          </label>
          <select id="import-language" name="language" defaultValue="">
            <option value="">{labels.detect}</option>
            <option value="en">English</option>
            <option value="zh">中文</option>
          </select>
        </div>
        <Button type="submit" buttonStyle="primary" disabled={importing} margin={false}>
          {importing ? labels.importing : labels.submit}
        </Button>
      </form>
      {outcome.kind === 'failed' && (
        <div role="alert" className={styles.outcome}>
          <Banner type="error">{outcome.message}</Banner>
        </div>
      )}
      {outcome.kind === 'imported' && <ImportSummaryView summary={outcome.summary} labels={labels} flagLabels={flagLabels} adminRoute={config.routes.admin} />}
    </>
  )
}

function ImportSummaryView({
  summary,
  labels,
  flagLabels,
  adminRoute,
}: {
  summary: ImportSummary
  labels: ImportLabels
  flagLabels: Record<string, string>
  adminRoute: string
}) {
  const flags = Object.entries(summary.flags).filter(([, count]) => count > 0)
  const documentURL = (collection: string, id: number | string) => formatAdminURL({ adminRoute, path: `/collections/${collection}/${id}` })
  return (
    <section className={styles.outcome} aria-label={labels.summary}>
      <h2>{labels.summary}</h2>
      <dl className={styles.summary}>
        <dt>{labels.status}</dt>
        <dd data-summary="status">{labels.statuses[summary.status]}</dd>
        <dt>{labels.title}</dt>
        <dd data-summary="title">{summary.title}</dd>
        <dt>{labels.segments}</dt>
        <dd data-summary="segments">{summary.segments}</dd>
        <dt>{labels.citations}</dt>
        <dd data-summary="citations">{labels.newReused(summary.citations.new, summary.citations.reused)}</dd>
        <dt>{labels.entities}</dt>
        <dd data-summary="entities">{labels.newReused(summary.entities.new, summary.entities.reused)}</dd>
        <dt>{labels.flags}</dt>
        <dd data-summary="flags">
          {flags.length === 0 ? (
            labels.noFlags
          ) : (
            <ul>
              {flags.map(([kind, count]) => (
                <li key={kind}>
                  {flagLabels[kind] ?? kind}: {count}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {summary.articleNote && (
          <>
            <dt>{labels.articleNote}</dt>
            <dd data-summary="article-note">{summary.articleNote}</dd>
          </>
        )}
      </dl>
      <div className={styles.links}>
        <Button el="link" url={documentURL(SOURCES_SLUG, summary.sourceId)} buttonStyle="secondary" margin={false}>
          {labels.openSource}
        </Button>
        {summary.articleId !== null && (
          <Button el="link" url={documentURL('articles', summary.articleId)} buttonStyle="secondary" margin={false}>
            {labels.openArticle}
          </Button>
        )}
      </div>
    </section>
  )
}
