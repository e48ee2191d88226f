'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { OpenLists, OpenRow } from '@/server/annotate/openLists'
import { annotationLabels, type Kind, type Status } from './labels'
import styles from './Annotations.module.css'

const WORDS = {
  en: { heading: 'Open annotations', mine: 'Yours', onArticles: 'On articles you work on', onArticlesHelp: 'Others’ notes on articles whose text you changed (a decision or an applied correction) or that you annotated.', awaiting: 'Awaiting an editor', none: 'None.' },
  zh: { heading: '待处理批注', mine: '你的批注', onArticles: '你参与编辑的条目上的批注', onArticlesHelp: '他人在你修改过正文（处理检查结果或采纳更正）或批注过的条目上的批注。', awaiting: '等待编辑处理', none: '无。' },
}

/** The address of the document at the annotation: the source's screen or the article's editor in its locale, told which annotation to show. */
const hrefOf = (admin: string, row: OpenRow) =>
  row.target.kind === 'source'
    ? `${admin}/collections/sources/${encodeURIComponent(row.target.id)}?annotation=${encodeURIComponent(row.id)}`
    : `${admin}/collections/articles/${encodeURIComponent(row.target.id)}?locale=${row.target.locale ?? 'en'}&annotation=${encodeURIComponent(row.id)}`

/** The dashboard's lists for the person signed in: theirs (decided ones say so), others' open ones on articles they work on, and all awaiting an editor. */
export function OpenAnnotations() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = annotationLabels(i18n.language)
  const words = i18n.language === 'zh' ? WORDS.zh : WORDS.en
  const [lists, setLists] = useState<OpenLists | null>(null)

  useEffect(() => {
    if (!user) return
    const controller = new AbortController()
    fetch(`${config.routes.api}/annotations/open`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? setLists((await response.json()) as OpenLists) : null))
      .catch(() => null)
    return () => controller.abort()
  }, [user, config.routes.api])

  if (!lists) return null
  const list = (title: string, rows: OpenRow[], testId: string, help?: string) => (
    <section data-testid={testId}>
      <h4>{title}</h4>
      {help ? <p className={styles.help}>{help}</p> : null}
      {rows.length ? null : <p>{words.none}</p>}
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.id} className={styles.item}>
            <a href={hrefOf(config.routes.admin, row)}>
              <strong>{labels.kinds[row.motivation as Kind] ?? row.motivation}</strong>
              {row.status !== 'open' ? <span data-status={row.status}> · {labels.statuses[row.status as Status] ?? row.status}</span> : null} <q className={styles.quote}>{row.exact}</q>
              {row.anchorState === 'orphaned' ? <span className={styles.orphaned}> · {labels.orphaned}</span> : null}
              {row.body ? <span> — {row.body}</span> : null}
              {row.target.title ? <span className={styles.help}> · {row.target.title}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
  return (
    <div className="gutter--left gutter--right" data-testid="open-annotations">
      <h3>{words.heading}</h3>
      <div className={styles.lists}>
        {list(words.mine, lists.mine, 'open-annotations-mine')}
        {list(words.onArticles, lists.onArticles, 'open-annotations-articles', words.onArticlesHelp)}
        {list(words.awaiting, lists.awaiting, 'open-annotations-awaiting')}
      </div>
    </div>
  )
}
