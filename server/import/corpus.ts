import path from 'node:path'
import type { Payload } from 'payload'

import { readDocuments } from '@/lib/corpus/files'
import { importDocument } from './importDocument'
import { seedFrontierMaps } from '@/server/maps/frontierMaps'
import { seedNameAuthority } from './nameAuthority'
import type { ImportSummary } from './types'

export { readDocuments, type DocumentFile } from '@/lib/corpus/files'

/** The founding documents shipped with the app. */
export const CORPUS_DIR = path.join(process.cwd(), 'corpus')

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
  const maps = await seedFrontierMaps(payload)
  if (maps) log(`Frontier maps: ${maps} maps drafted from corpus/maps.json, the overview published`)
  return summaries
}
