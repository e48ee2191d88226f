'use client'

import { useConfig, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useSyncExternalStore } from 'react'

import type { LocatorType } from '@/lib/cite/format'
import { shortCite } from '@/lib/cite/shortCite'
import type { ShortCiteState } from '@/lib/cite/shortCiteStore'
import styles from './CiteChip.module.css'
import { citeChipLabels } from './labels'
import { shortCiteStore } from './shortCiteStore'

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  return typeof value === 'object' ? idOf((value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value) : String(value)
}

const NO_WORK: ShortCiteState = { status: 'missing' }

/** The short cite of a work in the locale being edited, asked for in batches with the other chips (lib/cite/shortCiteStore). */
function useShortCite(id: null | string, locale: string): ShortCiteState {
  const { config } = useConfig()
  const store = shortCiteStore(config.routes.api)
  useEffect(() => {
    if (id) store.request(locale, id)
  }, [store, locale, id])
  const read = () => (id ? store.state(locale, id) : NO_WORK)
  return useSyncExternalStore(store.subscribe, read, read)
}

/**
 * The label of an inline citation in the editor (the block's admin Label, rendered
 * inside the block's form): what it cites, "Kang 2013, 225–230" or
 * "康 2013，第225页", with the full reference as the site formats it on hover and
 * on keyboard focus. It follows the drawer's fields as they change.
 */
export function CiteChip() {
  const citation = useFormFields(([fields]) => fields.citation?.value)
  const locator = useFormFields(([fields]) => fields.locator?.value)
  const locatorType = useFormFields(([fields]) => fields.locatorType?.value)
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const labels = citeChipLabels(i18n.language)
  const workId = idOf(citation)
  const state = useShortCite(workId, locale)
  const referenceId = useId()

  if (!workId) return <span className={`${styles.chip} ${styles.problem}`}>{labels.noWork}</span>
  if (state.status === 'loading') return <span className={styles.chip}>{labels.loading}</span>
  if (state.status === 'missing' || state.status === 'failed') return <span className={`${styles.chip} ${styles.problem}`}>{labels[state.status]}</span>

  const text = shortCite(state.entry.head, { locator: typeof locator === 'string' ? locator : null, locatorType: (locatorType as LocatorType | undefined) ?? null })
  return (
    <span className={styles.chip} tabIndex={0} aria-describedby={referenceId} data-cite-chip="">
      {text}
      {/* The reference is citeproc's HTML, as the site's notes show it (lib/cite/format). */}
      <span className={styles.reference} role="tooltip" id={referenceId} dangerouslySetInnerHTML={{ __html: state.entry.reference }} />
    </span>
  )
}
