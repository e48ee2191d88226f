import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { PARSE_WORKER_FILE } from './pool'

// From the project root, as PARSE_WORKER_FILE: this module itself runs bundled elsewhere (scripts/run.mjs writes dist/<entry>-<hash>/).
const ENTRY = path.join(process.cwd(), 'server', 'import', 'worker', 'entry.ts')
/** The source files the bundle was made from, beside it: any one newer than the bundle makes it stale. */
const inputsFile = (outfile: string) => outfile.replace(/\.mjs$/, '.inputs.json')

function isCurrent(outfile: string): boolean {
  if (!existsSync(outfile) || !existsSync(inputsFile(outfile))) return false
  const builtAt = statSync(outfile).mtimeMs
  const inputs = JSON.parse(readFileSync(inputsFile(outfile), 'utf8')) as string[]
  return inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= builtAt)
}

/**
 * Bundles the parse worker (the parser, the transform stage and their
 * libraries) into one ES module for Node, unless the bundle is newer than
 * every file it was made from. Called by `npm start`/`build`/`dev`, the CLI,
 * the benchmarks and the test set-up; the server only loads the result.
 */
export async function ensureParseWorker(outfile = PARSE_WORKER_FILE): Promise<void> {
  if (isCurrent(outfile)) return
  const { build } = await import('esbuild')
  mkdirSync(path.dirname(outfile), { recursive: true })
  // Written beside and renamed, so a process loading the worker meanwhile never reads half a file.
  const temporary = `${outfile}.${process.pid}.tmp`
  const result = await build({
    entryPoints: [ENTRY],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    metafile: true,
    logLevel: 'warning',
    // CommonJS dependencies (opencc-js, isbn3, …) call require: give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  })
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(input))
  writeFileSync(inputsFile(outfile), JSON.stringify(inputs))
  renameSync(temporary, outfile)
}
