import { withPayload } from '@payloadcms/next/withPayload'

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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
