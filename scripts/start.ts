/**
 * `npm start`: build when no current build exists, migrate, create the demo
 * accounts on first start, then serve on PORT (default 3000).
 * `npm run dev` does the same with the Next dev server instead of a build;
 * `npm run build` (--build-only) builds and stops.
 */
import { spawn, spawnSync } from 'node:child_process'

import { buildIsCurrent, recordBuild, sourceHash } from '../server/buildStamp'
import { prepareDatabase } from '../server/prepare'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const root = process.cwd()
const dev = process.argv.includes('--dev')
const buildOnly = process.argv.includes('--build-only')
const port = process.env.PORT ?? '3000'
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
if (buildOnly) process.exit(0)

const payload = await prepareDatabase()
await payload.destroy()

console.log(`Frontier Annals on http://localhost:${port} — admin /admin, site /en and /zh, health /api/health`)
const server = spawn(process.execPath, next(dev ? ['dev', '-p', port] : ['start', '-p', port]), {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: dev ? 'development' : 'production', NODE_OPTIONS: '--no-deprecation' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
