'use client'

import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { DecisionRequest, FindingWithDecision } from '@/lib/reconcile/api'
import type { Decide } from './FindingPanel'
import type { ReconcileLabels } from './labels'
import { useEntitySearch } from './useReconcileData'
import styles from './Reconcile.module.css'

type Authority = NonNullable<DecisionRequest['authority']>
type NameKind = Authority['nameKind']

const NAME_KINDS: NameKind[] = ['machine-translation', 'pinyin', 'variant', 'historic', 'official']
const NEW_ENTITY = ''

type Props = { finding: FindingWithDecision; collections: string[]; labels: ReconcileLabels; busy: boolean; onDecide: Decide; onCancel: () => void }

/** Records the finding's rendering as a name of a person, place or term (found by name, or a new entry). */
export function AuthorityForm({ finding, collections, labels, busy, onDecide, onCancel }: Props) {
  const id = useId()
  const [collection, setCollection] = useState(collections[0] as Authority['collection'])
  const [query, setQuery] = useState(finding.suggestion ?? '')
  const [entity, setEntity] = useState(NEW_ENTITY)
  const [name, setName] = useState(finding.quote)
  const [nameKind, setNameKind] = useState<NameKind>(finding.kind === 'pinyin-name' ? 'pinyin' : 'machine-translation')
  const results = useEntitySearch(collection, query)
  const chosen = results.some((result) => result.id === entity) ? entity : NEW_ENTITY

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault()
        if (!name.trim()) return
        void onDecide({ action: 'added-to-authority', authority: { collection, ...(chosen ? { id: chosen } : {}), name: name.trim(), nameKind } })
      }}
    >
      <label htmlFor={`${id}-collection`}>{labels.entityCollection}</label>
      <select id={`${id}-collection`} className={styles.input} value={collection} onChange={(event) => setCollection(event.target.value as Authority['collection'])}>
        {collections.map((slug) => (
          <option key={slug} value={slug}>
            {labels.collections[slug as keyof ReconcileLabels['collections']] ?? slug}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-search`}>{labels.entitySearch}</label>
      <input id={`${id}-search`} className={styles.input} value={query} autoFocus onChange={(event) => setQuery(event.target.value)} />
      <label htmlFor={`${id}-entity`}>{labels.entity}</label>
      <select id={`${id}-entity`} className={styles.input} value={chosen} onChange={(event) => setEntity(event.target.value)}>
        <option value={NEW_ENTITY}>{labels.newEntity}</option>
        {results.map((result) => (
          <option key={result.id} value={result.id}>
            {result.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-name`}>{labels.name}</label>
      <input id={`${id}-name`} className={styles.input} value={name} onChange={(event) => setName(event.target.value)} />
      <label htmlFor={`${id}-kind`}>{labels.nameKind}</label>
      <select id={`${id}-kind`} className={styles.input} value={nameKind} onChange={(event) => setNameKind(event.target.value as NameKind)}>
        {NAME_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {labels.nameKinds[kind]}
          </option>
        ))}
      </select>
      <Button type="submit" size="small" margin={false} disabled={busy || !name.trim()}>
        {busy ? labels.saving : labels.submit}
      </Button>
      <Button buttonStyle="secondary" size="small" margin={false} onClick={onCancel}>
        {labels.cancel}
      </Button>
    </form>
  )
}
