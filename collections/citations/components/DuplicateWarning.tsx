'use client'

import { Banner, Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import { atLeast } from '@/access/roles'
import type { User } from '@/payload-types'
import type { DuplicateCandidate } from '@/server/bibliography/findDuplicates'
import styles from './WorkForm.module.css'
import { useWorkValues } from './useWorkValues'
import { workLabels } from './workLabels'

/**
 * Above the work form, while a historian types: the recorded works this one is likely the same as
 * (ISBN-10/13, DOI, names + title + year, or similar), each a link; on a saved work an editor can
 * merge it into one of them with the existing merge (POST /api/citations/:id/merge).
 */
export function DuplicateWarning() {
  const { user } = useAuth<User>()
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const labels = workLabels(i18n.language)
  const values = useWorkValues(600)
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([])
  const [message, setMessage] = useState<null | { type: 'error' | 'success'; text: string }>(null)
  const body = JSON.stringify({ work: values, id: id ?? null })
  const mayMerge = atLeast(user, 'editor') && id !== undefined && id !== null && !savedDocumentData?.mergedInto

  useEffect(() => {
    const controller = new AbortController()
    void fetch(`${config.routes.api}/citations/duplicates`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body, signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { candidates: [] }))
      .then((answer: { candidates: DuplicateCandidate[] }) => setCandidates(answer.candidates))
      .catch(() => undefined)
    return () => controller.abort()
  }, [body, config.routes.api])

  async function merge(into: DuplicateCandidate['id']) {
    if (!window.confirm(labels.confirmMerge)) return
    const response = await fetch(`${config.routes.api}/citations/${String(id)}/merge`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ into }) })
    const answer = (await response.json().catch(() => null)) as null | { uses?: number; errors?: { message: string }[] }
    if (!response.ok) return setMessage({ type: 'error', text: answer?.errors?.[0]?.message ?? `HTTP ${response.status}` })
    setMessage({ type: 'success', text: labels.merged(answer?.uses ?? 0) })
    router.push(formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/citations/${String(into)}` }))
  }

  if (!candidates.length && !message) return null
  return (
    <section className={styles.warning} id="duplicate-warning" role="status">
      {candidates.length > 0 && (
        <>
          <h4>{labels.duplicatesTitle}</h4>
          <p className={styles.hint}>{labels.duplicatesHint}</p>
          <ul className={styles.list}>
            {candidates.map((candidate) => (
              <li key={String(candidate.id)}>
                <a href={formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/citations/${String(candidate.id)}` })}>
                  {candidate.displayTitle}
                  {candidate.issued ? ` (${candidate.issued})` : ''}
                </a>{' '}
                — {labels.reasons[candidate.reason]}{' '}
                {mayMerge && (
                  <Button buttonStyle="secondary" size="small" margin={false} onClick={() => void merge(candidate.id)}>
                    {labels.mergeInto}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {message && <Banner type={message.type}>{message.text}</Banner>}
    </section>
  )
}
