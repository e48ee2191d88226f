'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { exchangeLabels } from '@/collections/citations/components/exchangeLabels'

const FORMATS = [
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
  ['csl-json', 'CSL-JSON'],
] as const

/** Beside the article's save controls: its works cited to download as BibTeX, RIS or CSL-JSON. */
export function ExportWorks() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (id === undefined || id === null) return null
  return (
    <span id="export-works" style={{ display: 'inline-flex', gap: 'calc(var(--base) / 3)', alignItems: 'center' }}>
      {exchangeLabels(i18n.language).exportWorks}:
      {FORMATS.map(([format, name]) => (
        <a key={format} href={`${config.routes.api}/articles/${id}/bibliography?format=${format}`} download>
          {name}
        </a>
      ))}
    </span>
  )
}
