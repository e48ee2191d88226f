import type { CollectionConfig } from 'payload'

import { historiansSaveDrafts } from '@/access/historiansSaveDrafts'
import { allow, publishedOrStaff, writeDraftsOrPublish } from '@/access/roles'
import { rememberDraftSave, revalidatingHooks } from '@/server/revalidate'

/**
 * Payload's own autosave can merge the server's older values over what the
 * editor typed meanwhile (payloadcms/payload#17676); fields/draftAutosave saves
 * the drafts instead. Autosave stays on in the config for what it does on the
 * server (the create screen creates a draft at once; an autosave rewrites its
 * draft version in place instead of adding one), and its browser timer is set
 * to the longest a browser timer can wait (24.8 days), so it never fires.
 */
const PAYLOAD_AUTOSAVE_NEVER = 2 ** 31 - 1

/**
 * The admin components of collections with this workflow: the background draft
 * save on the edit screen (fields/draftAutosave), and Payload's list view
 * without bulk actions for historians (access/EditorialListView).
 */
export const editorialAdminComponents = {
  edit: { beforeDocumentControls: ['/fields/draftAutosave/DraftAutosave#DraftAutosave'] },
  views: { list: { Component: '/access/EditorialListView#EditorialListView' } },
}

/**
 * The editorial workflow shared by articles and maps: drafts with autosave and
 * version history; the public reads what is published; historians write drafts;
 * editors publish, unpublish and delete.
 */
export const editorialWorkflow = {
  versions: { drafts: { autosave: { interval: PAYLOAD_AUTOSAVE_NEVER } }, maxPerDoc: 100 },
  access: {
    read: publishedOrStaff,
    readVersions: allow('historian'),
    create: writeDraftsOrPublish,
    update: writeDraftsOrPublish,
    delete: allow('editor'),
  },
  hooks: { beforeOperation: [historiansSaveDrafts, rememberDraftSave], ...revalidatingHooks },
} satisfies Pick<CollectionConfig, 'access' | 'hooks' | 'versions'>
