import type { ComponentProps } from 'react'
import { DefaultListView } from '@payloadcms/ui'

import type { User } from '@/payload-types'
import { isHistorianOnly } from './roles'

type ListViewProps = ComponentProps<typeof DefaultListView>
/** What renderListView passes a server list view besides the client view's own props (@payloadcms/next views/List). */
const SERVER_PROPS = ['collectionConfig', 'data', 'i18n', 'limit', 'listSearchableFields', 'locale', 'params', 'payload', 'permissions', 'searchParams', 'user'] as const

/**
 * The list view of articles and maps. Payload offers bulk Edit, Publish and
 * Unpublish to anyone who may update, but a historian may only save drafts:
 * their bulk Publish ended in "An unknown error has occurred". A historian
 * sees the list without bulk actions; everyone else sees Payload's own.
 */
export function EditorialListView(props: ListViewProps & { user?: User | null }) {
  const clientProps = Object.fromEntries(Object.entries(props).filter(([key]) => !(SERVER_PROPS as readonly string[]).includes(key))) as ListViewProps
  return <DefaultListView {...clientProps} disableBulkEdit={clientProps.disableBulkEdit || isHistorianOnly(props.user)} />
}
