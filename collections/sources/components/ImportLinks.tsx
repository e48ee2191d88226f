'use client'

import { Button, Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { atLeast } from '@/access/roles'
import type { User } from '@/payload-types'
import { IMPORT_VIEW_PATH } from '@/collections/sources/importPaths'
import { importLabels } from './labels'

/** The import view's URL and label, or null for users who may not import (historians). */
function useImportLink(): { href: string; label: string } | null {
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!atLeast(user, 'editor')) return null
  return { href: formatAdminURL({ adminRoute: config.routes.admin, path: IMPORT_VIEW_PATH }), label: importLabels(i18n.language).action }
}

/** "Import document" above the Sources list table. */
export function ImportListButton() {
  const link = useImportLink()
  if (!link) return null
  return (
    <Button el="link" url={link.href} buttonStyle="pill" size="small" id="import-document">
      {link.label}
    </Button>
  )
}

/** "Import document" in the admin navigation, styled like Payload's own nav links. */
export function ImportNavLink() {
  const link = useImportLink()
  const pathname = usePathname()
  if (!link) return null
  return (
    <Link className="nav__link" href={link.href} id="nav-import-document" prefetch={false}>
      {pathname === link.href && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{link.label}</span>
    </Link>
  )
}
