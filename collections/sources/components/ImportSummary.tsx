import { Button } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { SOURCES_SLUG } from '@/collections/sources/importPaths'
import type { ImportLabels } from './labels'
import styles from './ImportView.module.css'

/** The endpoint's answer on success (server/import's ImportSummary, as JSON). */
export type ImportSummary = {
  status: 'created' | 'unchanged' | 'updated'
  fileName: string
  title: string
  sourceId: number | string
  articleId: number | string | null
  sourceNote?: string
  articleNote?: string
  segments: number
  citations: { new: number; reused: number }
  entities: { new: number; reused: number }
  flags: Record<string, number>
}

/** What an import made: counts, flags, notes and links to the source and the draft article. */
export function ImportSummaryView({
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
        {summary.sourceNote && (
          <>
            <dt>{labels.sourceNote}</dt>
            <dd data-summary="source-note">{summary.sourceNote}</dd>
          </>
        )}
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
