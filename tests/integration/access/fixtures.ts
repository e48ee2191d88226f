/**
 * Records for the access test, made and checked with full access through the
 * Local API (the "god view"): the test acts through an API as someone, then
 * looks here to see what really happened in the database.
 */
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { type Doc, type Id, type Slug, type Upload } from './clients'

export const DRAFT_COLLECTIONS: readonly Slug[] = ['articles', 'maps']
export const hasDrafts = (slug: Slug) => DRAFT_COLLECTIONS.includes(slug)

/** A fresh, unique string: written into a record, it tells whether a write landed. */
export const marker = (label = 'm') => `${label}-${randomBytes(5).toString('hex')}`

/**
 * The field each collection's writes are traced by (always a plain text field
 * the role may legitimately change), and the scalar fields GraphQL asks for.
 */
export const MARKER_FIELD: Record<Slug, string> = {
  articles: 'title',
  maps: 'title',
  sources: 'title',
  citations: 'note',
  places: 'name',
  people: 'name',
  events: 'name',
  annotations: 'body',
  'finding-decisions': 'reason',
  media: 'credit',
  users: 'name',
}

export const GRAPHQL_SELECTION: Record<Slug, string[]> = {
  articles: ['id', 'title', '_status'],
  maps: ['id', 'title', '_status'],
  sources: ['id', 'title', 'public'],
  citations: ['id', 'note'],
  places: ['id', 'name'],
  people: ['id', 'name'],
  events: ['id', 'name'],
  annotations: ['id', 'body', 'status'],
  'finding-decisions': ['id', 'reason', 'action'],
  media: ['id', 'credit'],
  users: ['id', 'name', 'email', 'roles'],
}

let png: Buffer | undefined
/** A tiny real PNG (the media collection checks content, not names). */
export async function tinyPng(): Promise<Upload> {
  png ??= await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer()
  return { data: png, mimetype: 'image/png', name: `${marker('img')}.png` }
}

export type Context = {
  /** A source every annotation can point at. */
  sourceId: Id
  /** A staff account that is none of the actors: the "someone else" of own/self rules. */
  otherUserId: Id
}

/** Valid data for a new record whose marker field holds `value`. */
export function newData(slug: Slug, value: string, ctx: Context): Record<string, unknown> {
  switch (slug) {
    case 'articles':
    case 'maps':
      return { title: value, _status: 'draft' }
    case 'sources':
      return { title: value, language: 'en', kind: 'wiki', rawText: `Raw text of ${value}.` }
    case 'citations':
      return { type: 'book', title: { original: `Work ${value}` }, note: value }
    case 'places':
    case 'people':
    case 'events':
      return { name: value }
    case 'annotations':
      // `author` claims someone else: the setAuthor hook must overrule it.
      return { exact: 'quoted text', motivation: 'commenting', body: value, target: { source: ctx.sourceId }, author: ctx.otherUserId }
    case 'finding-decisions':
      // A dismissal: historians may only dispute, so their create is refused.
      return { source: ctx.sourceId, findingKey: `["broken-date","s1","${value}",0]`, kind: 'broken-date', severity: 'high', segmentId: 's1', quote: value, action: 'dismissed', reason: value }
    case 'media':
      return { alt: 'Alt text', credit: value }
    case 'users':
      return { email: `${value}@test.local`, password: `pw-${value}-Aa1`, roles: ['historian'], name: value }
  }
}

/**
 * What an update must carry besides the fields it changes. Payload's GraphQL
 * update input makes a group required when a field inside it is (citations'
 * `title.original`), so citation updates resend the title they already have.
 */
export function updateData(slug: Slug, doc: Doc, changes: Record<string, unknown>): Record<string, unknown> {
  if (slug === 'citations') return { title: { original: (doc.title as { original: string }).original }, ...changes }
  return changes
}

/** Creates a record with full access, as a seed or import would. */
export async function seed(
  payload: Payload,
  slug: Slug,
  ctx: Context,
  overrides: Record<string, unknown> = {},
  value = marker(slug),
): Promise<Doc> {
  const data = { ...newData(slug, value, ctx), ...overrides }
  const file = slug === 'media' ? await tinyPng() : undefined
  const doc = await payload.create({
    collection: slug,
    data: data as never,
    depth: 0,
    file: file ? { ...file, size: file.data.byteLength } : undefined,
  })
  return doc as unknown as Doc
}

/** A published article or map, optionally with a newer unpublished draft on top. */
export async function seedPublished(payload: Payload, slug: Slug, ctx: Context, newerDraftTitle?: string): Promise<Doc> {
  const doc = await seed(payload, slug, ctx, { _status: 'published' })
  if (newerDraftTitle) {
    await payload.update({ collection: slug as 'articles', id: doc.id, data: { title: newerDraftTitle, _status: 'draft' }, draft: true, depth: 0 })
  }
  return doc
}

/** The record as stored (main document, or with `draft` the latest version), or null when it does not exist. */
export async function stored(payload: Payload, slug: Slug, id: Id, draft = false): Promise<Doc | null> {
  const doc = await payload.findByID({ collection: slug, id, depth: 0, draft, disableErrors: true })
  return (doc as Doc | null) ?? null
}

/** How many records carry this marker value: to prove a refused create made nothing. */
export async function countMarked(payload: Payload, slug: Slug, value: string): Promise<number> {
  const field = slug === 'users' ? 'email' : MARKER_FIELD[slug]
  const { totalDocs } = await payload.count({ collection: slug, where: { [field]: { equals: slug === 'users' ? `${value}@test.local` : value } } })
  return totalDocs
}
