/**
 * `node --conditions=production scripts/run.mjs <entry.ts> [args…]` (as the
 * npm scripts run it): compiles a TypeScript entry point (scripts/*.ts,
 * bench/*.ts) and everything of ours it imports to JavaScript with esbuild,
 * then runs it in this process with plain Node: no loader hooks.
 *
 * Our code is bundled; every npm package stays an import that Node resolves
 * itself (Payload is ESM-only, Next is CommonJS without an export map). Dynamic
 * imports stay lazy (code splitting), so an entry can set the environment
 * before a package that reads it at load time is loaded.
 *
 * Why the condition: without it Node resolves lexical's packages to their
 * `.node.mjs` files, each a top-level `await import()` of the real build; on
 * Node 20 those awaits deadlock one another as Payload's rich-text package
 * loads them, and Node exits 13 ("unsettled top-level await") without a word.
 * Under tsx's off-thread loader that happened about 1 launch in 79, in plain
 * Node on every one. With `production`, Node loads lexical's production build
 * directly. The launcher refuses to run without it.
 *
 * The output goes to dist/<entry>-<hash of the output>/, written whole under a
 * temporary name and then renamed, so that launches running side by side never
 * read a half-written file. A build takes a fraction of a second.
 */
import { build, stop } from 'esbuild'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...args] = process.argv.slice(2)
if (!entry || !existsSync(entry)) {
  console.error(`Usage: node scripts/run.mjs <entry.ts> [args…]${entry ? `\n${entry}: no such file` : ''}`)
  process.exit(2)
}

if (import.meta.resolve('lexical').endsWith('.node.mjs')) {
  console.error('Run this launcher as `node --conditions=production scripts/run.mjs …` (see the comment at the top of scripts/run.mjs).')
  process.exit(2)
}

const root = process.cwd()
const outRoot = path.join(root, 'dist')
const name = path.relative(root, entry).replace(/\.[cm]?tsx?$/, '').replace(/[/\\]/g, '-')
/** Builds of an entry older than this, other than the current one, are removed. */
const KEEP_OLD_BUILDS_MS = 10 * 60_000

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')

/**
 * How Node's ESM resolver must see each npm import. A package with an export
 * map is left as written. A deep import into a package without one (`next/cache`)
 * gets the file's real name (`next/cache.js`), since Node's ESM resolver adds no
 * extensions. A JSON file is bundled (Node would want an import attribute).
 */
const nodeResolvable = {
  name: 'node-resolvable-packages',
  setup(compiler) {
    compiler.onResolve({ filter: /^[^./]/ }, ({ path: specifier, resolveDir }) => {
      if (specifier.startsWith('@/')) return undefined // our own modules, by tsconfig.json's path alias: esbuild resolves them
      if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return { path: specifier, external: true }
      const require = createRequire(path.join(resolveDir, 'resolve.js'))
      if (specifier.endsWith('.json')) return { path: require.resolve(specifier) }
      const pkg = packageName(specifier)
      if (specifier === pkg) return { path: specifier, external: true }
      let manifestFile
      try {
        manifestFile = require.resolve(`${pkg}/package.json`)
      } catch {
        return { path: specifier, external: true } // an export map that hides package.json: Node follows the map
      }
      if (require(manifestFile).exports) return { path: specifier, external: true }
      const file = path.relative(path.dirname(manifestFile), require.resolve(specifier))
      return { path: `${pkg}/${file.split(path.sep).join('/')}`, external: true }
    })
  },
}

const result = await build({
  entryPoints: [entry],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: path.join(outRoot, name),
  entryNames: '[name]',
  sourcemap: 'linked',
  jsx: 'automatic',
  write: false,
  logLevel: 'warning',
  plugins: [nodeResolvable],
})
// esbuild's service process would otherwise live as long as this one (a server: for days).
await stop()

const hash = createHash('sha256')
for (const file of result.outputFiles) hash.update(path.relative(outRoot, file.path)).update('\0').update(file.contents)
const buildDir = path.join(outRoot, `${name}-${hash.digest('hex').slice(0, 12)}`)

if (!existsSync(buildDir)) {
  const temporary = path.join(outRoot, `.${name}-${process.pid}-${randomBytes(4).toString('hex')}`)
  for (const file of result.outputFiles) {
    const target = path.join(temporary, path.relative(path.join(outRoot, name), file.path))
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, file.contents)
  }
  try {
    renameSync(temporary, buildDir)
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true })
    if (!existsSync(buildDir)) throw error // otherwise a launch beside this one wrote the same build first
  }
}

const ofThisEntry = new RegExp(`^(${name}-[0-9a-f]{12}|\\.${name}-\\d+-[0-9a-f]{8})$`)
for (const other of readdirSync(outRoot)) {
  const dir = path.join(outRoot, other)
  if (ofThisEntry.test(other) && dir !== buildDir && Date.now() - statSync(dir).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(dir, { recursive: true, force: true })
}

const compiled = path.join(buildDir, `${path.basename(entry).replace(/\.[cm]?tsx?$/, '')}.js`)
process.argv = [process.argv[0], compiled, ...args]
await import(pathToFileURL(compiled).href)
