'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { WorkPreview as Formatted } from '@/lib/cite/format'
import styles from './WorkForm.module.css'
import { useWorkValues } from './useWorkValues'
import { workLabels } from './workLabels'

type Previews = { en: Formatted; zh: Formatted }

/**
 * In the work form's sidebar: the work as the reading pages cite it, in English and in Chinese,
 * formatted on the server by the site's own citeproc code from the form's unsaved values.
 */
export function WorkPreview() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = workLabels(i18n.language)
  const values = useWorkValues()
  const [previews, setPreviews] = useState<null | Previews>(null)
  const [error, setError] = useState<null | string>(null)
  const body = JSON.stringify({ work: values })
  const titled = Boolean(((values.title as undefined | { original?: string })?.original ?? '').trim())

  useEffect(() => {
    if (!titled) return setPreviews(null)
    const controller = new AbortController()
    void fetch(`${config.routes.api}/citations/format-preview`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body, signal: controller.signal })
      .then(async (response) => {
        const answer = (await response.json().catch(() => null)) as null | (Previews & { errors?: { message: string }[] })
        if (!response.ok || !answer) return setError(answer?.errors?.[0]?.message ?? `HTTP ${response.status}`)
        setError(null)
        setPreviews(answer)
      })
      .catch((reason: Error) => reason.name !== 'AbortError' && setError(reason.message))
    return () => controller.abort()
  }, [body, titled, config.routes.api])

  return (
    <section className={styles.panel} id="work-preview" aria-live="polite">
      <h4>{labels.preview}</h4>
      <p className={styles.hint}>{labels.previewHint}</p>
      {!titled && <p>{labels.needsTitle}</p>}
      {error && <p role="alert">{error}</p>}
      {titled &&
        previews &&
        (['en', 'zh'] as const).map((locale) => (
          <dl key={locale} className={styles.formatted} data-locale={locale}>
            <dt>
              {locale === 'en' ? labels.english : labels.chinese} · {labels.note}
            </dt>
            <dd className="preview-note" dangerouslySetInnerHTML={{ __html: previews[locale].note }} />
            <dt>{labels.shortNote}</dt>
            <dd className="preview-short-note" dangerouslySetInnerHTML={{ __html: previews[locale].shortNote }} />
            <dt>{labels.bibliography}</dt>
            <dd className="preview-bibliography" dangerouslySetInnerHTML={{ __html: previews[locale].bibliography }} />
          </dl>
        ))}
    </section>
  )
}
