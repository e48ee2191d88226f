'use client'

import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { atLeast } from '@/access/roles'
import { SOURCING_VIEW_PATH } from '@/collections/articles/sourcingPaths'
import type { User } from '@/payload-types'
import { sourcingLabels } from './sourcingLabels'

/** "Needs a source" in the admin navigation, for historians and above, styled like Payload's own nav links. */
export function SourcingNavLink() {
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  if (!atLeast(user, 'historian')) return null
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: SOURCING_VIEW_PATH })
  return (
    <Link className="nav__link" href={href} id="nav-needs-a-source" prefetch={false}>
      {pathname === href && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{sourcingLabels(i18n.language).title}</span>
    </Link>
  )
}
