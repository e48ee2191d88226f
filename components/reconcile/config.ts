import type { EditViewConfig } from 'payload'

/** The Reconcile document tab's label in Payload's own translations (config `i18n.translations`). */
export const RECONCILE_TRANSLATIONS = { en: { reconcile: { tab: 'Reconcile' } }, zh: { reconcile: { tab: '核对' } } }

/** The Reconcile tab and view of a source or an article: `/admin/collections/<slug>/<id>/reconcile`. */
export const reconcileEditViews: Record<string, EditViewConfig> = {
  reconcile: {
    Component: '/components/reconcile/ReconcileView#ReconcileView',
    path: '/reconcile',
    tab: { label: ({ t }) => t('reconcile:tab'), href: '/reconcile', order: 250 },
  },
}
