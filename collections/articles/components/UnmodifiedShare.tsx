'use client'

import { useTranslation } from '@payloadcms/ui'

import styles from './MachineTranslation.module.css'
import { machineTranslationLabels } from './labels'
import { usePublishCheck } from './usePublishCheck'

const percent = (share: number) => Math.round(share * 100)

/**
 * In the sidebar of an article drafted from a machine translation: how much of
 * the locale being edited is still the machine's text, overall and per
 * paragraph, as of the last save.
 */
export function UnmodifiedShare() {
  const { id, check } = usePublishCheck()
  const { i18n } = useTranslation()
  const labels = machineTranslationLabels(i18n.language)
  if (id === undefined || (check && !check.machineTranslated)) return null
  if (!check?.machineTranslated) return <p className={styles.measure}>{labels.loading}</p>
  const { unmodified, limit, source, locale } = check
  return (
    <section className={styles.measure} data-testid="unmodified-share">
      <h4>{labels.unmodifiedTitle}</h4>
      <p className={unmodified.share > limit ? styles.over : undefined}>{labels.unmodifiedOverall(percent(unmodified.share), percent(limit))}</p>
      {locale !== source.language ? <p>{labels.otherLocale(labels.languages[source.language] ?? source.language)}</p> : null}
      <ol className={styles.paragraphs}>
        {unmodified.paragraphs.map((paragraph) => (
          <li key={paragraph.index} title={paragraph.excerpt}>
            <span>{labels.paragraph(paragraph.index)}</span>
            <meter min={0} max={1} value={paragraph.share} />
            <span>{percent(paragraph.share)} %</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
