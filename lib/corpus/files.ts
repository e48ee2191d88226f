import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { parseManifest, type Manifest } from './manifest'
import { PARSE_LIMITS } from './parse/limits'

/** The largest document an import (or a check) reads. */
export const MAX_DOCUMENT_BYTES = PARSE_LIMITS.maxBytes

/** A document file read from disk, with the manifest found beside it. */
export type DocumentFile = { path: string; fileName: string; bytes: Uint8Array; manifest?: Manifest }

/** `name.txt.json` or `name.json` beside `name.txt`. */
async function manifestBeside(file: string): Promise<Manifest | undefined> {
  const candidates = [`${file}.json`, path.join(path.dirname(file), `${path.parse(file).name}.json`)]
  const found = candidates.find((candidate) => candidate !== file && existsSync(candidate))
  if (!found) return undefined
  try {
    return parseManifest(JSON.parse(await readFile(found, 'utf8')))
  } catch (error) {
    throw new Error(`${found}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The documents at a path: the file itself, or every file of a directory except manifests and hidden files, by name. */
export async function readDocuments(target: string): Promise<DocumentFile[]> {
  const files = (await stat(target)).isDirectory()
    ? (await readdir(target))
        .filter((name) => !name.startsWith('.') && !name.endsWith('.json'))
        .sort()
        .map((name) => path.join(target, name))
    : [target]
  return Promise.all(
    files.map(async (file) => ({ path: file, fileName: path.basename(file), bytes: new Uint8Array(await readFile(file)), manifest: await manifestBeside(file) })),
  )
}
