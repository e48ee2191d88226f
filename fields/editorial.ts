import type { CollectionConfig } from 'payload'

import { historiansSaveDrafts } from '../access/historiansSaveDrafts'
import { allow, publishedOrStaff, writeDraftsOrPublish } from '../access/roles'
import { rememberDraftSave, revalidatingHooks } from '../server/revalidate'

/**
 * The editorial workflow shared by articles and maps: drafts with autosave and
 * version history; the public reads what is published; historians write drafts;
 * editors publish, unpublish and delete.
 */
export const editorialWorkflow = {
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 100 },
  access: {
    read: publishedOrStaff,
    readVersions: allow('historian'),
    create: writeDraftsOrPublish,
    update: writeDraftsOrPublish,
    delete: allow('editor'),
  },
  hooks: { beforeOperation: [historiansSaveDrafts, rememberDraftSave], ...revalidatingHooks },
} satisfies Pick<CollectionConfig, 'access' | 'hooks' | 'versions'>

/** The list view of articles and maps: Payload's own, without bulk actions for historians (access/EditorialListView). */
export const editorialListView = { views: { list: { Component: '/access/EditorialListView#EditorialListView' } } }
