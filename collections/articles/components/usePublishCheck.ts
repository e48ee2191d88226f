'use client'

import { useConfig, useDocumentEvents, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { PublishCheckResponse } from '@/collections/articles/endpoints/publishCheck'

/** The article's publish check for the locale being edited, fetched again after every save. */
export function usePublishCheck(): { id: number | string | undefined; check: PublishCheckResponse | null } {
  const { id, savedDocumentData } = useDocumentInfo()
  const { mostRecentUpdate } = useDocumentEvents()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const [check, setCheck] = useState<PublishCheckResponse | null>(null)
  const savedAt = `${String(savedDocumentData?.updatedAt ?? '')}|${String(mostRecentUpdate?.updatedAt ?? '')}`

  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/articles/${id}/publish-check?locale=${encodeURIComponent(locale)}` })
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? ((await response.json()) as PublishCheckResponse) : null))
      .then(setCheck)
      .catch(() => undefined) // aborted, or the network is down: the next save asks again
    return () => controller.abort()
  }, [id, locale, config.routes.api, savedAt])

  return { id, check }
}
