import { withPayload } from '@payloadcms/next/withPayload'
import { fileURLToPath } from 'node:url'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type-checking and lint run in `npm test`; the build need not repeat them.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // server/http/serve.ts compresses, after it has taken the client runtime out of reading pages.
  compress: false,
  // citeproc reads its CSL locale files from disk at run time: keep both out of the server bundle.
  serverExternalPackages: ['citeproc', 'citeproc-locales'],
  // app/global-not-found.tsx: one 404 page across the two root layouts (site and admin).
  experimental: { globalNotFound: true },
  // Rendered pages are cached in the database they come from, shared by every server instance
  // (server/pageCache); server/http keeps the sendable bytes in memory. Next keeps no copy of its own.
  cacheHandler: fileURLToPath(new URL('./server/pageCache/nextCacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
