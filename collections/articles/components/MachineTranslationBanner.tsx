'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import styles from './MachineTranslation.module.css'
import { machineTranslationLabels } from './labels'
import { usePublishCheck } from './usePublishCheck'

type Progress = { decided: number; total: number }

/** Reconciliation progress of a source, from GET /api/sources/:id/findings; null while unknown. */
function useProgress(sourceId: number | string | undefined, refresh: unknown): Progress | null {
  const { config } = useConfig()
  const [progress, setProgress] = useState<Progress | null>(null)
  useEffect(() => {
    if (sourceId === undefined) return
    const controller = new AbortController()
    fetch(formatAdminURL({ apiRoute: config.routes.api, path: `/sources/${sourceId}/findings` }), { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? ((await response.json()) as { progress?: Progress }).progress ?? null : null))
      .then(setProgress)
      .catch(() => undefined)
    return () => controller.abort()
  }, [sourceId, config.routes.api, refresh])
  return progress
}

/**
 * At the top of an article's edit screen, when the article was drafted from a
 * machine-translated source: which source, the machine-translation notice,
 * how far its reconciliation has come, and what blocks publishing now.
 */
export function MachineTranslationBanner() {
  const { check } = usePublishCheck()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = machineTranslationLabels(i18n.language)
  const source = check?.machineTranslated ? check.source : undefined
  const progress = useProgress(source?.id, check)
  if (!check?.machineTranslated || !source) return null
  return (
    <aside className={styles.banner} data-testid="mt-banner" role="note">
      <strong>{labels.bannerTitle}</strong>
      <p>
        {labels.source}: <a href={formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/sources/${source.id}` })}>{source.title}</a>
      </p>
      <p>{labels.notice}</p>
      <p>{progress ? labels.progress(progress.decided, progress.total) : labels.progressUnknown}</p>
      {check.blocks.length ? (
        <div>
          {labels.blocked}
          <ul>
            {check.blocks.map((block) => (
              <li key={block.rule}>{i18n.language === 'zh' ? block.message.zh : block.message.en}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </aside>
  )
}
