import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { buildConfig, type DatabaseAdapterObj, type Migration } from 'payload'
import sharp from 'sharp'

import { Annotations } from './collections/annotations'
import { RECONCILE_TRANSLATIONS } from './components/reconcile/config'
import { Articles } from './collections/articles'
import { SOURCING_VIEW_PATH } from './collections/articles/sourcingPaths'
import { Citations } from './collections/citations'
import { Events } from './collections/events'
import { FindingDecisions } from './collections/findingDecisions'
import { Maps } from './collections/maps'
import { Media } from './collections/media'
import { PageCacheEntries, PageCacheGeneration } from './collections/pageCache'
import { People } from './collections/people'
import { Places } from './collections/places'
import { Sources } from './collections/sources'
import { IMPORT_VIEW_PATH } from './collections/sources/importPaths'
import { Users } from './collections/users'
import { health } from './endpoints/health'
import { reconcileEndpoint } from './endpoints/reconcile'
import { LOCALIZED_DATE_TIME } from './fields/i18n'
import { editor } from './fields/richText'
import { databaseChoice, payloadSecret, serverURL } from './lib/env'
import { addLookupIndexes } from './server/sqliteLookupIndexes'
import { uploadLimits } from './lib/media/images'
import { acceptedOrigins } from './lib/security/origins'
import { migrations } from './migrations'
import { startSharedPageCache } from './server/pageCache/sharedPageCache'

const projectRoot = process.cwd()

function database(): DatabaseAdapterObj {
  const choice = databaseChoice()
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.uri })
  // Schema changes go through committed migrations only: never the interactive dev push.
  // busyTimeout: a write from another process (a CLI import holding its transaction) waits instead of failing.
  // afterSchemaInit: indexes that keep reading a localized document or its latest version independent of table size.
  return sqliteAdapter({
    client: { url: choice.url },
    push: false,
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.join(projectRoot, 'migrations'),
    afterSchemaInit: [addLookupIndexes],
  })
}

export default buildConfig({
  secret: payloadSecret(),
  serverURL: serverURL(),
  // Cookie sign-in is accepted from our own origins only: the server URL and, on loopback, its other spellings.
  csrf: acceptedOrigins(serverURL()),
  admin: {
    user: Users.slug,
    importMap: { baseDir: projectRoot },
    meta: { titleSuffix: ' · Frontier Annals' },
    // Not Gravatar: no editor's e-mail hash goes to a third party, and the admin's CSP can stay same-origin.
    avatar: 'default',
    dateFormat: LOCALIZED_DATE_TIME,
    components: {
      beforeNavLinks: ['/collections/articles/components/SourcingNavLink#SourcingNavLink', '/collections/sources/components/ImportLinks#ImportNavLink'],
      afterDashboard: ['/collections/annotations/components/OpenAnnotations#OpenAnnotations'],
      views: {
        importDocument: { Component: '/collections/sources/components/ImportView#ImportView', path: IMPORT_VIEW_PATH, meta: { title: 'Import document' } },
        sourcingQueue: { Component: '/collections/articles/components/SourcingQueueView#SourcingQueueView', path: SOURCING_VIEW_PATH, meta: { title: 'Needs a source' } },
      },
    },
  },
  i18n: { supportedLanguages: { en, zh }, fallbackLanguage: 'en', translations: RECONCILE_TRANSLATIONS },
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'zh', label: '中文', fallbackLocale: 'en' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  collections: [Articles, Sources, Citations, Places, People, Events, Maps, Annotations, FindingDecisions, Media, Users, PageCacheEntries],
  globals: [PageCacheGeneration],
  editor,
  db: database(),
  endpoints: [health, reconcileEndpoint],
  sharp,
  // The multipart limits follow MAX_UPLOAD_BYTES, the one upload limit (lib/media/images).
  upload: uploadLimits(),
  typescript: { outputFile: path.join(projectRoot, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.join(projectRoot, 'schema.graphql') },
  telemetry: false,
  onInit: async (payload) => {
    // SQL schema lives in committed migrations, applied at every start (a no-op when current).
    // The cast: Payload types generic migrations with `unknown` arguments, SQLite's are specific.
    if (databaseChoice().kind === 'sqlite') await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    await startSharedPageCache(payload)
  },
})
