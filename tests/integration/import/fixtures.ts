import path from 'node:path'
import type { Payload } from 'payload'

import { readDocuments, type DocumentFile } from '@/server/import'

/** Every collection an import writes to. */
export const IMPORTED_COLLECTIONS = ['sources', 'articles', 'citations', 'places', 'people', 'events', 'maps'] as const
const VERSIONED = ['sources', 'articles', 'maps'] as const

export const corpusDocuments = () => readDocuments(path.join(process.cwd(), 'corpus'))

export async function corpusDocument(prefix: string): Promise<DocumentFile> {
  const document = (await corpusDocuments()).find((candidate) => candidate.fileName.startsWith(prefix))
  if (!document) throw new Error(`No corpus document starts with ${prefix}`)
  return document
}

/** The same document with its text changed: `edit` gets and returns the text. */
export function withText(document: DocumentFile, edit: (text: string) => string): DocumentFile {
  return { ...document, bytes: new TextEncoder().encode(edit(new TextDecoder().decode(document.bytes))) }
}

/**
 * What a user would compare before and after: every record of every imported
 * collection with its last change time, and how many versions each versioned
 * collection holds.
 */
export async function databaseState(payload: Payload): Promise<Record<string, unknown>> {
  const state: Record<string, unknown> = {}
  for (const collection of IMPORTED_COLLECTIONS) {
    const { docs } = await payload.find({ collection, depth: 0, pagination: false, draft: true, select: { updatedAt: true } })
    state[collection] = Object.fromEntries(docs.map((doc) => [String(doc.id), doc.updatedAt]))
  }
  for (const collection of VERSIONED) state[`${collection} versions`] = (await payload.countVersions({ collection })).totalDocs
  return state
}

/** Records per imported collection, and versions per versioned one. */
export async function recordCounts(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of IMPORTED_COLLECTIONS) counts[collection] = (await payload.count({ collection })).totalDocs
  for (const collection of VERSIONED) counts[`${collection} versions`] = (await payload.countVersions({ collection })).totalDocs
  return counts
}

export const EMPTY_COUNTS = Object.fromEntries([...IMPORTED_COLLECTIONS, ...VERSIONED.map((collection) => `${collection} versions`)].map((key) => [key, 0]))
