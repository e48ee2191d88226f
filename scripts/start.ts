/**
 * `npm start`: build when no current build exists, migrate, create the demo
 * accounts on first start, then serve on PORT (default 3000) with
 * server/http/serve.ts. `npm run dev` does the same with the Next dev server
 * (client runtime on every page, for hot reload) instead of a build;
 * `npm run build` (--build-only) builds and stops.
 */
import { spawnSync } from 'node:child_process'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const root = process.cwd()
const dev = process.argv.includes('--dev')
const buildOnly = process.argv.includes('--build-only')
const port = process.env.PORT ?? '3000'
// Set before anything loads React or Next, which read it once at load time.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
// The production server runs in this process. Next needs its Node environment (AsyncLocalStorage
// on globalThis) in place before any next/* module loads, as `next start` does; the Payload config
// loads some.
if (!dev) await import('next/dist/server/node-environment')

const { buildIsCurrent, recordBuild, sourceHash } = await import('@/server/buildStamp')
const { prepareDatabase } = await import('@/server/prepare')
const next = (args: string[]) => ['node_modules/next/dist/bin/next', ...args]

if (buildOnly || (!dev && !buildIsCurrent(root))) {
  console.log('Building for production (next build, a few minutes)…')
  const hashAtStart = sourceHash(root)
  const build = spawnSync(process.execPath, next(['build', '--webpack']), {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
  })
  if (build.status !== 0) {
    console.error('next build failed; see the output above.')
    process.exit(build.status ?? 1)
  }
  recordBuild(root, hashAtStart)
}
// The import parses documents on a worker thread from a bundle of its own (Next's bundles do not include it).
const { ensureParseWorker } = await import('@/server/import/worker/build')
await ensureParseWorker()
// The map pages' script (MapLibre and the time slider) is bundled apart from Next too: reading pages carry no Next client runtime.
const { ensureMapIsland } = await import('@/server/maps/island')
await ensureMapIsland()
if (buildOnly) process.exit(0)

const payload = await prepareDatabase()
await payload.destroy()

const { serve, serveDev } = await import('@/server/http/serve')
await (dev ? serveDev : serve)({ dir: root, port: Number(port) })
console.log(`Frontier Annals on http://localhost:${port} — admin /admin, site /en and /zh, health /api/health`)
