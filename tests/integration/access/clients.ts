/**
 * The three ways in to Payload, behind one interface, so the access test can
 * ask the same question of each: the Local API (with `overrideAccess: false`
 * and the acting `user`), REST (Payload's own `handleEndpoints`, the function
 * the Next route calls) and GraphQL (the Next route handler itself). No HTTP
 * server is started: each call builds a Fetch `Request` and hands it over.
 *
 * Every call answers with an Outcome: `ok` with the document(s), or `refused`
 * with the status. Only 401/403/404 count as a refusal; anything else (a
 * validation error, a crash) is thrown, so a case whose fixture is broken
 * fails loudly instead of passing as "refused".
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

import type { User } from '@/payload-types'

export const SLUGS = ['articles', 'maps', 'sources', 'citations', 'places', 'people', 'events', 'annotations', 'finding-decisions', 'media', 'users'] as const
export type Slug = (typeof SLUGS)[number]
export type RoleName = 'public' | 'historian' | 'editor' | 'admin'
export type ApiName = 'local' | 'rest' | 'graphql'

export type Id = number | string
export type Doc = { id: Id; [field: string]: unknown }

/** Someone acting through an API: anonymous (no user, no token) or a signed-in staff account. */
export type Actor = { role: RoleName; user?: User & { collection: 'users' }; token?: string }

export type Upload = { data: Buffer; mimetype: string; name: string }

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; message: string }

export type Options = { draft?: boolean }

export interface ApiClient {
  name: ApiName
  /** Payload's GraphQL API takes no file uploads, so media cannot be created through it. */
  canUpload: boolean
  find(actor: Actor, slug: Slug, options?: Options): Promise<Outcome<Doc[]>>
  findByID(actor: Actor, slug: Slug, id: Id, options?: Options): Promise<Outcome<Doc>>
  create(actor: Actor, slug: Slug, data: Record<string, unknown>, options?: Options & { file?: Upload }): Promise<Outcome<Doc>>
  update(actor: Actor, slug: Slug, id: Id, data: Record<string, unknown>, options?: Options): Promise<Outcome<Doc>>
  delete(actor: Actor, slug: Slug, id: Id): Promise<Outcome<Doc>>
}

const REFUSAL_STATUSES = new Set([401, 403, 404])

const refused = (status: number, message: string): Outcome<never> => ({ ok: false, status, message })

/** Same id, whatever the adapter made of it (numbers on SQLite, strings on MongoDB, either through REST/GraphQL). */
export const sameId = (a: unknown, b: unknown): boolean => a !== undefined && a !== null && String(a) === String(b)

// ---------------------------------------------------------------- Local API

export function localClient(payload: Payload): ApiClient {
  const run = async <T>(call: () => Promise<T>): Promise<Outcome<T>> => {
    try {
      return { ok: true, value: await call() }
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (typeof status === 'number' && REFUSAL_STATUSES.has(status)) return refused(status, (error as Error).message)
      throw error
    }
  }
  const as = (actor: Actor) => ({ user: actor.user, overrideAccess: false as const, depth: 0 })
  return {
    name: 'local',
    canUpload: true,
    find: (actor, slug, options = {}) =>
      run(async () => (await payload.find({ collection: slug, ...as(actor), draft: options.draft, pagination: false })).docs as unknown as Doc[]),
    findByID: (actor, slug, id, options = {}) =>
      run(async () => (await payload.findByID({ collection: slug, id, ...as(actor), draft: options.draft })) as unknown as Doc),
    create: (actor, slug, data, options = {}) =>
      run(
        async () =>
          (await payload.create({
            collection: slug,
            data: data as never,
            ...as(actor),
            draft: options.draft,
            file: options.file ? { ...options.file, size: options.file.data.byteLength } : undefined,
          })) as unknown as Doc,
      ),
    update: (actor, slug, id, data, options = {}) =>
      run(async () => (await payload.update({ collection: slug, id, data: data as never, ...as(actor), draft: options.draft })) as unknown as Doc),
    delete: (actor, slug, id) => run(async () => (await payload.delete({ collection: slug, id, ...as(actor) })) as unknown as Doc),
  }
}

// --------------------------------------------------------------------- REST

const BASE = 'http://localhost:3000'

async function restCall(payload: Payload, actor: Actor, method: string, path: string, body?: BodyInit, json = true): Promise<Response> {
  const headers = new Headers()
  if (actor.token) headers.set('Authorization', `JWT ${actor.token}`)
  if (body !== undefined && json) headers.set('Content-Type', 'application/json')
  return handleEndpoints({ config: payload.config, request: new Request(`${BASE}/api${path}`, { method, headers, body }) })
}

async function restOutcome<T>(response: Response, pick: (body: Record<string, unknown>) => T): Promise<Outcome<T>> {
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    throw new Error(`REST answered ${response.status} with non-JSON: ${text.slice(0, 300)}`)
  }
  if (response.ok) return { ok: true, value: pick(body) }
  if (REFUSAL_STATUSES.has(response.status)) return refused(response.status, text)
  throw new Error(`REST answered ${response.status}: ${text.slice(0, 500)}`)
}

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value)
  const text = search.toString()
  return text ? `?${text}` : ''
}

const draftParam = (options: Options) => (options.draft ? 'true' : undefined)

/** Signs in through `POST /api/users/login`, as a browser would, and returns the JWT. */
export async function restLogin(payload: Payload, email: string, password: string): Promise<string> {
  const response = await restCall(payload, { role: 'public' }, 'POST', '/users/login', JSON.stringify({ email, password }))
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

export function restClient(payload: Payload): ApiClient {
  return {
    name: 'rest',
    canUpload: true,
    find: async (actor, slug, options = {}) =>
      restOutcome(
        await restCall(payload, actor, 'GET', `/${slug}${query({ depth: '0', pagination: 'false', draft: draftParam(options) })}`),
        (body) => body.docs as Doc[],
      ),
    findByID: async (actor, slug, id, options = {}) =>
      restOutcome(
        await restCall(payload, actor, 'GET', `/${slug}/${encodeURIComponent(String(id))}${query({ depth: '0', draft: draftParam(options) })}`),
        (body) => body as Doc,
      ),
    create: async (actor, slug, data, options = {}) => {
      const path = `/${slug}${query({ depth: '0', draft: draftParam(options) })}`
      if (options.file) {
        // An upload goes as the admin sends it: multipart, the file plus the other fields as JSON in `_payload`.
        const form = new FormData()
        form.set('file', new Blob([new Uint8Array(options.file.data)], { type: options.file.mimetype }), options.file.name)
        form.set('_payload', JSON.stringify(data))
        return restOutcome(await restCall(payload, actor, 'POST', path, form, false), (body) => body.doc as Doc)
      }
      return restOutcome(await restCall(payload, actor, 'POST', path, JSON.stringify(data)), (body) => body.doc as Doc)
    },
    update: async (actor, slug, id, data, options = {}) =>
      restOutcome(
        await restCall(
          payload,
          actor,
          'PATCH',
          `/${slug}/${encodeURIComponent(String(id))}${query({ depth: '0', draft: draftParam(options) })}`,
          JSON.stringify(data),
        ),
        (body) => body.doc as Doc,
      ),
    delete: async (actor, slug, id) =>
      restOutcome(await restCall(payload, actor, 'DELETE', `/${slug}/${encodeURIComponent(String(id))}`), (body) => body.doc as Doc),
  }
}

/** Any REST request, answered as status and parsed JSON body. */
export async function restRaw(payload: Payload, actor: Actor, method: string, path: string, data?: unknown) {
  const response = await restCall(payload, actor, method, path, data === undefined ? undefined : JSON.stringify(data))
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** A bulk REST update (`PATCH /api/<slug>?where[id][equals]=…`), which answers 200 with `errors` when it refuses. */
export async function restBulkUpdate(payload: Payload, actor: Actor, slug: Slug, id: Id, data: Record<string, unknown>) {
  const response = await restCall(payload, actor, 'PATCH', `/${slug}?where[id][equals]=${encodeURIComponent(String(id))}&depth=0`, JSON.stringify(data))
  return { status: response.status, body: (await response.json()) as { docs?: Doc[]; errors?: unknown[] } }
}

// ------------------------------------------------------------------ GraphQL

/** Query, mutation and input type names Payload gives each collection (see schema.graphql). */
const GRAPHQL_NAMES: Record<Slug, { one: string; many: string }> = {
  articles: { one: 'Article', many: 'Articles' },
  maps: { one: 'Map', many: 'Maps' },
  sources: { one: 'Source', many: 'Sources' },
  citations: { one: 'Citation', many: 'Citations' },
  places: { one: 'Place', many: 'Places' },
  people: { one: 'Person', many: 'People' },
  events: { one: 'Event', many: 'Events' },
  annotations: { one: 'Annotation', many: 'Annotations' },
  'finding-decisions': { one: 'FindingDecision', many: 'FindingDecisions' },
  media: { one: 'Media', many: 'allMedia' },
  users: { one: 'User', many: 'Users' },
}

type GraphQLResult = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }

export type GraphQLClient = ApiClient & { raw(actor: Actor, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> }

/**
 * `selection` names the scalar fields to ask for per collection. The type of
 * `id` arguments (Int on SQLite, String on MongoDB) is read from the schema by
 * introspection, never assumed.
 */
export async function graphqlClient(payload: Payload, selection: Record<Slug, string[]>): Promise<GraphQLClient> {
  const handler = GRAPHQL_POST(payload.config)
  const raw = async (actor: Actor, source: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (actor.token) headers.set('Authorization', `JWT ${actor.token}`)
    const response = await handler(
      new Request(`${BASE}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: source, variables }) }),
    )
    const text = await response.text()
    try {
      return JSON.parse(text) as GraphQLResult
    } catch {
      throw new Error(`GraphQL answered ${response.status} with non-JSON: ${text.slice(0, 300)}`)
    }
  }

  const introspection = await raw(
    { role: 'public' },
    `{ __type(name: "Query") { fields { name args { name type { kind name ofType { name } } } } } }`,
  )
  const queryFields = (introspection.data?.__type as { fields: { name: string; args: { name: string; type: { name: string | null; ofType: { name: string } | null } }[] }[] } | undefined)
    ?.fields
  const articleId = queryFields?.find((field) => field.name === 'Article')?.args.find((arg) => arg.name === 'id')
  const idType = articleId?.type.ofType?.name ?? articleId?.type.name
  if (!idType) throw new Error(`could not read the GraphQL id type: ${JSON.stringify(introspection).slice(0, 300)}`)

  const outcome = <T>(result: GraphQLResult, field: string, pick: (value: unknown) => T): Outcome<T> => {
    const errors = result.errors ?? []
    if (errors.length > 0) {
      const statuses = errors.map((error) => error.extensions?.statusCode)
      if (statuses.every((status) => status !== undefined && REFUSAL_STATUSES.has(status))) {
        return refused(statuses[0] ?? 403, errors.map((error) => error.message).join('; '))
      }
      throw new Error(`GraphQL ${field}: ${JSON.stringify(errors).slice(0, 500)}`)
    }
    const value = result.data?.[field]
    if (value === null || value === undefined) return refused(404, `GraphQL ${field} returned null`)
    return { ok: true, value: pick(value) }
  }
  const fields = (slug: Slug) => selection[slug].join(' ')

  return {
    name: 'graphql',
    canUpload: false,
    raw,
    find: async (actor, slug, options = {}) => {
      const name = GRAPHQL_NAMES[slug].many
      const result = await raw(actor, `query ($draft: Boolean) { ${name}(draft: $draft, pagination: false) { docs { ${fields(slug)} } } }`, {
        draft: options.draft ?? false,
      })
      return outcome(result, name, (value) => (value as { docs: Doc[] }).docs)
    },
    findByID: async (actor, slug, id, options = {}) => {
      const name = GRAPHQL_NAMES[slug].one
      const result = await raw(actor, `query ($id: ${idType}!, $draft: Boolean) { ${name}(id: $id, draft: $draft) { ${fields(slug)} } }`, {
        id,
        draft: options.draft ?? false,
      })
      return outcome(result, name, (value) => value as Doc)
    },
    create: async (actor, slug, data, options = {}) => {
      if (options.file) throw new Error('Payload GraphQL takes no file uploads')
      const { one } = GRAPHQL_NAMES[slug]
      const result = await raw(
        actor,
        `mutation ($data: mutation${one}Input!, $draft: Boolean) { create${one}(data: $data, draft: $draft) { ${fields(slug)} } }`,
        { data, draft: options.draft ?? false },
      )
      return outcome(result, `create${one}`, (value) => value as Doc)
    },
    update: async (actor, slug, id, data, options = {}) => {
      const { one } = GRAPHQL_NAMES[slug]
      const result = await raw(
        actor,
        `mutation ($id: ${idType}!, $data: mutation${one}UpdateInput!, $draft: Boolean) { update${one}(id: $id, data: $data, draft: $draft) { ${fields(slug)} } }`,
        { id, data, draft: options.draft ?? false },
      )
      return outcome(result, `update${one}`, (value) => value as Doc)
    },
    delete: async (actor, slug, id) => {
      const { one } = GRAPHQL_NAMES[slug]
      const result = await raw(actor, `mutation ($id: ${idType}!) { delete${one}(id: $id) { id } }`, { id })
      return outcome(result, `delete${one}`, (value) => value as Doc)
    },
  }
}
