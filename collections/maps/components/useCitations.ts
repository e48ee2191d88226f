'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export type CitationOption = { id: number | string; title: string }

/** The works of the bibliography a feature or an overlay may cite, by title (the citations collection's displayTitle). */
export function useCitations(): CitationOption[] {
  const { config } = useConfig()
  const [citations, setCitations] = useState<CitationOption[]>([])
  useEffect(() => {
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', limit: '1000', sort: 'displayTitle', 'select[displayTitle]': 'true' })
    fetch(`${config.routes.api}/citations?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: { id: number | string; displayTitle?: null | string }[] }) => setCitations(body.docs.map((doc) => ({ id: doc.id, title: doc.displayTitle || String(doc.id) }))))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.routes.api])
  return citations
}
