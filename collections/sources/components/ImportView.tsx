import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { asUser, atLeast } from '@/access/roles'
import { FLAG_KINDS } from '@/collections/sources/index'
import { IMPORT_VIEW_PATH, SOURCES_SLUG } from '@/collections/sources/importPaths'
import { ImportForm } from './ImportForm'
import { importLabels } from './labels'
import styles from './ImportView.module.css'

/** /admin/import: upload a document and see what the import made of it. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  // Custom views are outside Payload's own "may use the admin" check, so the view makes it.
  if (!req.user) {
    const login = formatAdminURL({ adminRoute, path: '/login' })
    redirect(`${login}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: IMPORT_VIEW_PATH }))}`)
  }
  const labels = importLabels(req.i18n.language)
  const flagLabels = Object.fromEntries(FLAG_KINDS.map((kind) => [kind.value, req.i18n.language === 'zh' ? kind.label.zh : kind.label.en]))

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: labels.sources, url: formatAdminURL({ adminRoute, path: `/collections/${SOURCES_SLUG}` }) }, { label: labels.action }]} />
      <Gutter className={styles.view}>
        <h1>{labels.action}</h1>
        {atLeast(asUser(req.user), 'editor') ? (
          <>
            <p className={styles.intro}>{labels.intro}</p>
            <ImportForm flagLabels={flagLabels} />
          </>
        ) : (
          <Banner type="error">{labels.notAllowed}</Banner>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
