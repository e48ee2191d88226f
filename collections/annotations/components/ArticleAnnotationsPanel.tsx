'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'

import { AnnotationPanel } from './AnnotationPanel'
import { useArticleAnnotations } from './articleAnnotationsStore'
import { annotationLabels } from './labels'
import styles from './Annotations.module.css'

/** The article's annotations in the shown locale, beside the editor; choosing one selects its words in the body and opens its thread. */
export function ArticleAnnotationsPanel() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { annotations, select, error, activeId, thread } = useArticleAnnotations()
  const labels = annotationLabels(i18n.language)
  return (
    <div data-testid="article-annotations">
      {error ? <p className={styles.error} role="alert">{error}</p> : null}
      <AnnotationPanel labels={labels} annotations={annotations} adminRoute={config.routes.admin} onSelect={(id) => select?.(id)} activeId={activeId} thread={thread ?? undefined} language={i18n.language} />
    </div>
  )
}
