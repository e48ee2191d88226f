'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import { PASSAGE_PARAM } from '@/collections/articles/sourcingPaths'
import type { CitedUse } from '@/lib/cite/whereCited'
import styles from './WorkForm.module.css'
import { workLabels } from './workLabels'

/** On a saved work: every article passage, quotation and infobox value citing it (GET /api/citations/:id/where-cited), each opening the article editor there. */
export function WhereCited() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = workLabels(i18n.language)
  const [uses, setUses] = useState<CitedUse[] | null>(null)

  useEffect(() => {
    if (id === undefined || id === null) return
    const controller = new AbortController()
    void fetch(`${config.routes.api}/citations/${String(id)}/where-cited`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { uses: [] }))
      .then((answer: { uses: CitedUse[] }) => setUses(answer.uses))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, config.routes.api])

  const link = (use: CitedUse) =>
    formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/articles/${use.article}${use.locale ? `?locale=${use.locale}&${PASSAGE_PARAM}=${use.block}` : ''}` })

  if (id === undefined || id === null || uses === null) return null
  return (
    <section className={styles.panel} id="where-cited">
      <h4>{labels.whereCited}</h4>
      <p className={styles.hint}>{labels.whereCitedHint}</p>
      {!uses.length ? (
        <p>{labels.notCited}</p>
      ) : (
        <table className={styles.table}>
          <tbody>
            {uses.map((use, index) => (
              <tr key={`${use.article}-${use.locale ?? 'infobox'}-${index}`}>
                <td>
                  <a href={link(use)}>{use.title}</a>
                  <div className={styles.hint}>
                    {use.locale ? labels.locales[use.locale] ?? use.locale : ''} {labels.kinds[use.kind]}
                  </div>
                </td>
                <td>{use.kind === 'infobox' ? labels.infoboxValue(use.passage) : use.passage}</td>
                <td className={styles.nowrap}>{use.locator ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
