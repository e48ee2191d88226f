import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { BuildOptions } from 'esbuild'

/** The source files a bundle was made from, beside it: any one newer than the bundle makes it stale. */
const inputsFile = (outfile: string) => `${outfile}.inputs.json`

function isCurrent(outfile: string): boolean {
  if (!existsSync(outfile) || !existsSync(inputsFile(outfile))) return false
  const builtAt = statSync(outfile).mtimeMs
  const inputs = JSON.parse(readFileSync(inputsFile(outfile), 'utf8')) as string[]
  return inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= builtAt)
}

/**
 * Bundles one entry with esbuild into `outfile` (and whatever else esbuild
 * writes beside it, such as the CSS an entry imports), unless the bundle is
 * newer than every file it was made from. For code Next's bundles do not
 * include: the import's parse worker, the map pages' script.
 */
export async function ensureBundle(entry: string, outfile: string, options: BuildOptions): Promise<void> {
  if (isCurrent(outfile)) return
  const { build } = await import('esbuild')
  mkdirSync(path.dirname(outfile), { recursive: true })
  const result = await build({ ...options, entryPoints: [entry], outfile, bundle: true, metafile: true, logLevel: 'warning', write: false })
  // Written beside and renamed, so a process loading a bundle meanwhile never reads half a file.
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`
    writeFileSync(temporary, file.contents)
    renameSync(temporary, file.path)
  }
  writeFileSync(inputsFile(outfile), JSON.stringify(Object.keys(result.metafile.inputs).map((input) => path.resolve(input))))
}
