'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { annotationLabels, type Kind } from './labels'
import styles from './Annotations.module.css'

type Row = { id: string | number; exact: string; motivation: string; body?: string | null; anchor?: { state?: string | null } }

const WORDS = {
  en: { heading: 'Open annotations', mine: 'Yours', awaiting: 'Awaiting an editor', none: 'None.' },
  zh: { heading: '待处理批注', mine: '你的批注', awaiting: '等待编辑处理', none: '无。' },
}

/** The dashboard's list of open annotations for the person signed in: their own, and every one awaiting an editor's decision. */
export function OpenAnnotations() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = annotationLabels(i18n.language)
  const words = i18n.language === 'zh' ? WORDS.zh : WORDS.en
  const [lists, setLists] = useState<{ mine: Row[]; awaiting: Row[] } | null>(null)

  useEffect(() => {
    if (!user) return
    const api = config.routes.api
    const query = (where: Record<string, string>) => new URLSearchParams({ ...where, 'where[status][equals]': 'open', depth: '0', limit: '20', sort: '-updatedAt' }).toString()
    const fetchRows = async (where: Record<string, string>) => {
      const response = await fetch(`${api}/annotations?${query(where)}`, { credentials: 'include' })
      return response.ok ? ((await response.json()) as { docs: Row[] }).docs : []
    }
    void Promise.all([fetchRows({ 'where[author][equals]': String(user.id) }), fetchRows({})]).then(([mine, awaiting]) => setLists({ mine, awaiting }))
  }, [user, config.routes.api])

  if (!lists) return null
  const list = (title: string, rows: Row[], testId: string) => (
    <section data-testid={testId}>
      <h4>{title}</h4>
      {rows.length ? null : <p>{words.none}</p>}
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.id} className={styles.item}>
            <a href={`${config.routes.admin}/collections/annotations/${row.id}`}>
              <strong>{labels.kinds[row.motivation as Kind] ?? row.motivation}</strong> <q className={styles.quote}>{row.exact}</q>
              {row.anchor?.state === 'orphaned' ? <span className={styles.orphaned}> · {labels.orphaned}</span> : null}
              {row.body ? <span> — {row.body}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
  return (
    <div className="gutter--left gutter--right" data-testid="open-annotations">
      <h3>{words.heading}</h3>
      <div className={styles.layout}>
        {list(words.mine, lists.mine, 'open-annotations-mine')}
        {list(words.awaiting, lists.awaiting, 'open-annotations-awaiting')}
      </div>
    </div>
  )
}
