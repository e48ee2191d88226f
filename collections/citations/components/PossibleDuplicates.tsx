'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import { relationId } from '@/lib/richtext/walk'
import type { Citation } from '@/payload-types'
import styles from './WorkForm.module.css'
import { workLabels } from './workLabels'

type Flagged = Pick<Citation, 'displayTitle' | 'id' | 'issued'> & { possibleDuplicates?: Pick<Citation, 'displayTitle' | 'id' | 'issued' | 'mergedInto'>[] | null }

/** Above the works list: the pairs the importer flagged as possibly one work, each side a link to its record. */
export function PossibleDuplicates() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = workLabels(i18n.language)
  const [flagged, setFlagged] = useState<Flagged[]>([])

  useEffect(() => {
    const controller = new AbortController()
    const query = 'where[possibleDuplicates][exists]=true&where[mergedInto][exists]=false&depth=1&limit=50&select[displayTitle]=true&select[issued]=true&select[possibleDuplicates]=true'
    void fetch(`${config.routes.api}/citations?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((answer: { docs: Flagged[] }) => setFlagged(answer.docs))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.routes.api])

  const pairs = flagged.flatMap((work) => (work.possibleDuplicates ?? []).filter((other) => typeof other === 'object' && !other.mergedInto).map((other) => [work, other] as const))
  if (!pairs.length) return null
  const link = (work: Pick<Citation, 'displayTitle' | 'id' | 'issued'>) => (
    <a href={formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/citations/${relationId(work.id) ?? ''}` })}>
      {work.displayTitle}
      {work.issued ? ` (${work.issued})` : ''}
    </a>
  )
  return (
    <section className={styles.warning} id="possible-duplicates">
      <h4>{labels.possibleDuplicates}</h4>
      <p className={styles.hint}>{labels.possibleHint}</p>
      <ul className={styles.list}>
        {pairs.map(([work, other]) => (
          <li key={`${String(work.id)}-${String(other.id)}`}>
            {link(work)} {labels.pairWith} {link(other)}
          </li>
        ))}
      </ul>
    </section>
  )
}
