import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { parseManifest, type Manifest } from '../../lib/corpus/manifest'
import { importDocument } from './importDocument'
import { seedNameAuthority } from './nameAuthority'
import type { ImportSummary } from './types'

/** A document file read from disk, with the manifest found beside it. */
export type DocumentFile = { path: string; fileName: string; bytes: Uint8Array; manifest?: Manifest }

/** The founding documents shipped with the app. */
export const CORPUS_DIR = path.join(process.cwd(), 'corpus')

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

/**
 * First start: when the database holds no sources, loads the seed name
 * authority, then imports every document of corpus/ with its manifest,
 * publishing the articles the manifest marks for it.
 * Returns the summaries (none when there was something already).
 */
export async function importFoundingCorpus(payload: Payload, log: (line: string) => void, directory = CORPUS_DIR): Promise<ImportSummary[]> {
  const { totalDocs } = await payload.count({ collection: 'sources' })
  if (totalDocs > 0) return []
  const seeded = await seedNameAuthority(payload)
  if (seeded.places + seeded.people) log(`Name authority: ${seeded.places} places and ${seeded.people} people with their names in several languages`)
  const summaries: ImportSummary[] = []
  for (const document of await readDocuments(directory)) {
    const summary = await importDocument(payload, document, { publish: document.manifest?.publishOnFirstStart ?? false })
    summaries.push(summary)
    log(`Imported ${summary.fileName}: "${summary.title}" (${summary.language}), ${summary.segments} segments, article ${document.manifest?.publishOnFirstStart ? 'published' : 'draft'}`)
  }
  return summaries
}
