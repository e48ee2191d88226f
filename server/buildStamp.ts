import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Everything that goes into the Next build; a change to any of it makes the build stale. */
const BUILD_INPUTS = ['app', 'components', 'collections', 'fields', 'access', 'endpoints', 'lib', 'server', 'migrations', 'payload.config.ts', 'payload-types.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json']

const stampFile = (root: string) => path.join(root, '.next', 'frontier-source-hash')

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return
  if (statSync(entry).isFile()) {
    yield entry
    return
  }
  for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name))
}

export function sourceHash(root: string): string {
  const hash = createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

/** True when .next holds a production build made from the current sources. */
export function buildIsCurrent(root: string): boolean {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || !existsSync(stampFile(root))) return false
  return readFileSync(stampFile(root), 'utf8').trim() === sourceHash(root)
}

/** Records the hash of the sources as they were when the build started (edits made during it leave the build stale). */
export function recordBuild(root: string, hashAtStart: string): void {
  writeFileSync(stampFile(root), hashAtStart + '\n')
}
