import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { asUser, atLeast } from '@/access/roles'
import { PASSAGE_PARAM, SOURCING_VIEW_PATH } from '@/collections/articles/sourcingPaths'
import { filterQueue, type NeedKind, type QueueRow } from '@/lib/sourcing/queue'
import { waitedFor } from '@/lib/sourcing/waited'
import { loadSourcingQueue } from '@/server/sourcing/loadQueue'
import { sourcingLabels } from './sourcingLabels'
import styles from './SourcingQueueView.module.css'

const param = (value: string | string[] | undefined) => (typeof value === 'string' && value ? value : null)

/** /admin/needs-a-source: every passage that needs a source, filtered by article, locale and kind, each opening the editor at it. */
export async function SourcingQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  // Custom views are outside Payload's own "may use the admin" check, so the view makes it.
  if (!req.user) redirect(`${formatAdminURL({ adminRoute, path: '/login' })}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: SOURCING_VIEW_PATH }))}`)
  const language = req.i18n.language
  const labels = sourcingLabels(language)
  const allowed = atLeast(asUser(req.user), 'historian')
  const all = allowed ? await loadSourcingQueue(req.payload, req) : []
  const filter = { article: param(searchParams?.article), locale: param(searchParams?.locale), kind: param(searchParams?.kind) }
  const rows = filterQueue(all, filter)
  const articles = [...new Map(all.flatMap((row) => (row.article ? [[row.article.id, row.article.title] as const] : []))).entries()]
  const now = new Date()

  const editLink = (row: QueueRow) =>
    row.article
      ? formatAdminURL({ adminRoute, path: `/collections/articles/${row.article.id}?locale=${row.locale}&${PASSAGE_PARAM}=${row.article.block}` })
      : formatAdminURL({ adminRoute, path: `/collections/sources/${row.source?.id ?? ''}` })

  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} req={req} searchParams={searchParams} user={req.user} visibleEntities={visibleEntities}>
      <SetStepNav nav={[{ label: labels.title }]} />
      <Gutter className={styles.view}>
        <h1>{labels.title}</h1>
        {!allowed ? (
          <Banner type="error">{labels.notAllowed}</Banner>
        ) : (
          <>
            <p className={styles.intro}>{labels.intro}</p>
            <form className={styles.filters} method="get" id="sourcing-filters">
              <label>
                {labels.article}
                <select name="article" defaultValue={filter.article ?? ''}>
                  <option value="">{labels.anyArticle}</option>
                  {articles.map(([id, title]) => (
                    <option key={id} value={id}>
                      {title}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {labels.locale}
                <select name="locale" defaultValue={filter.locale ?? ''}>
                  <option value="">{labels.anyLocale}</option>
                  {Object.entries(labels.locales).map(([code, name]) => (
                    <option key={code} value={code}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {labels.kind}
                <select name="kind" defaultValue={filter.kind ?? ''}>
                  <option value="">{labels.anyKind}</option>
                  {(Object.entries(labels.kinds) as [NeedKind, string][]).map(([kind, name]) => (
                    <option key={kind} value={kind}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                {labels.filter}
              </button>
            </form>
            <p id="sourcing-count">{labels.count(rows.length)}</p>
            {rows.length === 0 ? (
              <p>{labels.none}</p>
            ) : (
              <table className={styles.table} id="sourcing-queue">
                <thead>
                  <tr>
                    <th>{labels.passage}</th>
                    <th>{labels.where}</th>
                    <th>{labels.kind}</th>
                    <th>{labels.waited}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key} data-kind={row.kind}>
                      <td className={styles.passage}>
                        <a href={editLink(row)}>{row.text}</a>
                      </td>
                      <td>
                        {row.article ? row.article.title : labels.source(row.source?.title ?? '')} · {labels.locales[row.locale] ?? row.locale}
                      </td>
                      <td className={styles.nowrap}>{labels.kinds[row.kind]}</td>
                      <td className={styles.nowrap} title={row.since}>
                        {waitedFor(row.since, now, language)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
