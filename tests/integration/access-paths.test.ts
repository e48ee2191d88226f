/**
 * Paths around the access matrix (access.test.ts): a historian must not reach
 * a published article by a bulk update, by restoring an old draft version over
 * it, by duplicating it into a published copy, nor may anyone read its version
 * history anonymously. Through the Local API, REST and GraphQL where each
 * offers the path; ids are never assumed to be numbers or strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphqlClient, restBulkUpdate, restLogin, restRaw, type Actor, type ApiName, type Doc, type GraphQLClient, type Id, type Outcome } from './access/clients'
import { GRAPHQL_SELECTION, marker, seedPublished, stored, type Context } from './access/fixtures'
import { allowed, publicView, refused } from './access/verdicts'
import { createUser, startPayload, type TestPayload } from './payload'

const APIS: readonly ApiName[] = ['local', 'rest', 'graphql']

let t: TestPayload
let gql: GraphQLClient
let ctx: Context
const actors = {} as Record<'historian' | 'public', Actor>
/** A published article whose unpublished draft holds a secret no anonymous reader may see. */
const readFixtures = {} as { articles: { secret: string } }

beforeAll(async () => {
  t = await startPayload()
  const { payload } = t
  await createUser(payload, 'admin') // the first account ever made becomes admin
  const { user, email, password } = await createUser(payload, 'historian')
  actors.historian = { role: 'historian', user, token: await restLogin(payload, email, password) }
  actors.public = { role: 'public' }
  const other = await createUser(payload, 'historian')
  const source = await payload.create({ collection: 'sources', data: { title: 'Annotated source', language: 'en', kind: 'wiki', rawText: 'Some quoted text.' }, depth: 0 })
  ctx = { sourceId: source.id, otherUserId: other.user.id }
  gql = await graphqlClient(payload, GRAPHQL_SELECTION)
  const secret = marker('unpublished-draft')
  await seedPublished(payload, 'articles', ctx, secret)
  readFixtures.articles = { secret }
})

afterAll(async () => {
  await t?.close()
})

describe('historians cannot reach a published article some other way', () => {
  it('not by a bulk update through the Local API (where instead of id)', async () => {
    const published = await seedPublished(t.payload, 'articles', ctx)
    const attempt = t.payload.update({
      collection: 'articles',
      where: { id: { equals: published.id } },
      data: { title: marker('bulk') },
      user: actors.historian.user,
      overrideAccess: false,
      depth: 0,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403 })
    expect((await stored(t.payload, 'articles', published.id))?.title).toBe(published.title)
  })

  it('not by a bulk REST update (PATCH /api/articles?where=…)', async () => {
    const published = await seedPublished(t.payload, 'articles', ctx)
    const { status, body } = await restBulkUpdate(t.payload, actors.historian, 'articles', published.id, { title: marker('bulk') })
    expect(status, `answered ${status}: ${JSON.stringify(body).slice(0, 200)}`).toBe(403)
    expect((await stored(t.payload, 'articles', published.id))?.title).toBe(published.title)
  })

  /** Restores a version through the given API as the historian. */
  const restore = async (apiName: ApiName, versionId: Id, draft: boolean): Promise<Outcome<unknown>> => {
    const historian = actors.historian
    if (apiName === 'local') {
      return t.payload
        // `id` is typed string; the version id is whatever the adapter made (a number on SQLite).
        .restoreVersion({ collection: 'articles', id: versionId as string, draft, user: historian.user, overrideAccess: false, depth: 0 })
        .then((value) => ({ ok: true as const, value }))
        .catch((error: { status?: number; message: string }) => ({ ok: false as const, status: error.status ?? 500, message: error.message }))
    }
    if (apiName === 'rest') {
      const { status, body } = await restRaw(t.payload, historian, 'POST', `/articles/versions/${encodeURIComponent(String(versionId))}?depth=0${draft ? '&draft=true' : ''}`)
      return status < 300 ? { ok: true, value: body } : { ok: false, status, message: JSON.stringify(body) }
    }
    // The id literal is written as the adapter gave it (a number on SQLite, a string on MongoDB).
    const result = await gql.raw(historian, `mutation { restoreVersionArticle(id: ${JSON.stringify(versionId)}, draft: ${draft}) { id } }`)
    const errors = result.errors ?? []
    return errors.length ? { ok: false, status: errors[0]?.extensions?.statusCode ?? 500, message: errors[0]?.message ?? '' } : { ok: true, value: result.data }
  }

  it.each(APIS.flatMap((api) => [false, true].map((draft) => [api, draft] as const)))(
    'not by restoring an unpublished version over it (%s, draft=%s)',
    async (apiName, draft) => {
      const published = await seedPublished(t.payload, 'articles', ctx, marker('draft-to-restore'))
      const { docs } = await t.payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: published.id }, 'version._status': { equals: 'draft' } },
        depth: 0,
      })
      const version = docs[0]
      if (!version) throw new Error('no draft version to restore')
      const outcome = await restore(apiName, version.id, draft)
      const after = await stored(t.payload, 'articles', published.id)
      expect({ status: after?._status, title: after?.title }, `restore answered ${JSON.stringify(outcome).slice(0, 200)}`).toEqual({
        status: 'published',
        title: published.title,
      })
      expect((await publicView(t.payload, 'articles', published.id))?.title).toBe(published.title)
      // Restoring as a new draft is saving a draft, which historians may do (REST and GraphQL allow it, the
      // Local API refuses it); over the live record, never. Either way, a refusal is a 403, not an error.
      if (!draft || !outcome.ok) refused(outcome, `restore a draft version over a published article (draft=${draft})`)
    },
  )

  it.each(APIS.filter((api) => api !== 'graphql'))('not by duplicating it into a new published article (%s)', async (apiName) => {
    const published = await seedPublished(t.payload, 'articles', ctx)
    const outcome: Outcome<Doc> =
      apiName === 'local'
        ? await t.payload
            .duplicate({ collection: 'articles', id: published.id, user: actors.historian.user, overrideAccess: false, depth: 0 })
            .then((value) => ({ ok: true as const, value: value as unknown as Doc }))
            .catch((error: { status?: number; message: string }) => ({ ok: false as const, status: error.status ?? 500, message: error.message }))
        : await restRaw(t.payload, actors.historian, 'POST', `/articles/${encodeURIComponent(String(published.id))}/duplicate?depth=0`).then(({ status, body }) =>
            status < 300 ? { ok: true as const, value: body.doc as Doc } : { ok: false as const, status, message: JSON.stringify(body) },
          )
    // Historians create articles, so they may copy one; the copy is a draft with a slug of its own.
    const copy = allowed(outcome, 'duplicate a published article')
    const copied = await stored(t.payload, 'articles', copy.id)
    expect(copied?._status, 'a historian’s copy is a draft').toBe('draft')
    expect(copied?.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(copied?.slug).not.toBe(published.slug)
    expect(await publicView(t.payload, 'articles', copy.id)).toBeNull()
  })

  it('not by reading version history anonymously (GET /api/articles/versions)', async () => {
    const { secret } = readFixtures.articles
    const { status, body } = await restRaw(t.payload, actors.public, 'GET', '/articles/versions?depth=0&pagination=false')
    expect(status, JSON.stringify(body).slice(0, 200)).toBe(403)
    expect(JSON.stringify(body)).not.toContain(secret)
  })
})
