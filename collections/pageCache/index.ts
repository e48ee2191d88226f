import type { CollectionConfig, GlobalConfig } from 'payload'

/**
 * The page cache every server instance shares (see server/pageCache). It lives
 * in the database the pages are rendered from, so a cached page can never
 * outlive or cross over to another database, and a publish on one instance
 * reaches all of them. Internal: no access through REST or GraphQL, hidden in
 * the admin; only server code with `overrideAccess` reads and writes it.
 */
const internal = { read: () => false, create: () => false, update: () => false, delete: () => false }

/** Rendered responses as Next's cache handler stores them, each tagged with the generation it was rendered in. */
export const PageCacheEntries: CollectionConfig = {
  slug: 'page-cache-entries',
  admin: { hidden: true },
  access: internal,
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'generation', type: 'text', required: true, index: true },
    // A rendered page with its RSC payload: far beyond the default text limit.
    { name: 'value', type: 'textarea', required: true, maxLength: 64 * 1024 * 1024 },
  ],
}

/** One value that changes with every public change: entries of another generation are stale. */
export const PageCacheGeneration: GlobalConfig = {
  slug: 'page-cache-generation',
  admin: { hidden: true },
  access: { read: () => false, update: () => false },
  graphQL: false,
  fields: [{ name: 'generation', type: 'text' }],
}
