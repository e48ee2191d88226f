/**
 * Access control, walked exhaustively: every role × collection × operation,
 * through the Local API (`overrideAccess: false` + `user`), REST and GraphQL,
 * against the matrix of ARCHITECTURE.md §4 as the code implements it.
 *
 * Each row of MATRIX (access/matrix.ts) becomes one `describe` per API, and each cell one
 * test. A test acts through the API as the row's role, then checks with full
 * access (Local API, overrideAccess) what really happened: a refused write must
 * leave the record as it was, a refused create must make nothing.
 *
 * Verdicts (anything but the listed value is refused):
 *   create   yes | no
 *   read     all | published (drafts never, not even with draft=true) | marked-public (sources with `public`)
 *            | self (only one's own user record) | none
 *   update   yes | no
 *            | drafts: may edit drafts, may save a new draft of a published document with draft=true
 *              (the public keeps seeing the published version), may not write a published one without it
 *            | own: only annotations one wrote, and never their `status` (editors resolve)
 *            | self: only one's own user record, and never one's own `roles`
 *   delete   yes | no
 *   publish  yes | no | –   (articles and maps only: create published, publish a draft, unpublish)
 *
 * Media cannot be created over GraphQL: Payload's GraphQL API takes no file
 * uploads, so those four cells are skipped (read, update, delete are tested).
 *
 * The paths around the matrix (bulk updates, restoring versions, duplicating,
 * version history) are in access-paths.test.ts; merging works in access-merge.test.ts.
 *
 * Runs on SQLite by default and on MongoDB under `npm run test:mongo`; ids are
 * never assumed to be numbers or strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  graphqlClient,
  localClient,
  restClient,
  restLogin,
  sameId,
  type Actor,
  type ApiClient,
  type ApiName,
  type Doc,
  type Id,
  type Outcome,
  type RoleName,
  type Slug,
} from './access/clients'
import {
  countMarked,
  GRAPHQL_SELECTION,
  hasDrafts,
  MARKER_FIELD,
  marker,
  newData,
  seed,
  seedPublished,
  stored,
  tinyPng,
  updateData,
  type Context,
} from './access/fixtures'
import { MATRIX, type Create, type Delete, type Publish, type Read, type Update } from './access/matrix'
import { allowed, publicView, refused } from './access/verdicts'
import { createUser, startPayload, type TestPayload } from './payload'

const APIS: readonly ApiName[] = ['local', 'rest', 'graphql']
const ROLES: readonly RoleName[] = ['public', 'historian', 'editor', 'admin']

// ------------------------------------------------------------------ set-up

let t: TestPayload
let ctx: Context
const actors = {} as Record<RoleName, Actor>
const clients = {} as Record<ApiName, ApiClient>
/** Records that exist for the whole file, for the read checks: one the role may see when filtered, one it may not. */
const readFixtures = {} as Record<Slug, { shown: Doc; hidden: Doc; secret?: string }>

beforeAll(async () => {
  t = await startPayload()
  const { payload } = t
  // The first account ever made becomes admin (firstUserIsAdmin), so the admin goes first.
  for (const role of ['admin', 'editor', 'historian'] as const) {
    const { user, email, password } = await createUser(payload, role)
    expect(user.roles).toEqual([role])
    actors[role] = { role, user, token: await restLogin(payload, email, password) }
  }
  actors.public = { role: 'public' }
  const other = await createUser(payload, 'historian')
  const another = await createUser(payload, 'historian')
  const source = await payload.create({
    collection: 'sources',
    data: { title: 'Annotated source', language: 'en', kind: 'wiki', rawText: 'Some quoted text.' },
    depth: 0,
  })
  ctx = { sourceId: source.id, otherUserId: other.user.id }

  clients.local = localClient(payload)
  clients.rest = restClient(payload)
  clients.graphql = await graphqlClient(payload, GRAPHQL_SELECTION)

  for (const slug of ['articles', 'maps'] as const) {
    const secret = marker('unpublished-draft')
    readFixtures[slug] = { shown: await seedPublished(payload, slug, ctx, secret), hidden: await seed(payload, slug, ctx), secret }
  }
  readFixtures.sources = { shown: await seed(payload, 'sources', ctx, { public: true }), hidden: await seed(payload, 'sources', ctx, { public: false }) }
  readFixtures.annotations = {
    shown: await seed(payload, 'annotations', ctx, { author: actors.historian.user?.id }),
    hidden: await seed(payload, 'annotations', ctx, { author: other.user.id }),
  }
  readFixtures.users = { shown: other.user as Doc, hidden: another.user as Doc }
  for (const slug of ['citations', 'places', 'people', 'events', 'finding-decisions', 'media'] as const) {
    readFixtures[slug] = { shown: await seed(payload, slug, ctx), hidden: await seed(payload, slug, ctx) }
  }
})

afterAll(async () => {
  await t?.close()
})

// ---------------------------------------------------------------- helpers

const ids = (docs: Doc[]) => docs.map((doc) => String(doc.id))
const field = (slug: Slug) => MARKER_FIELD[slug]
const mine = (actor: Actor): Id | undefined => actor.user?.id

/** A record for a write test, as the row needs it: someone else's annotation or account unless `own`. */
async function target(slug: Slug, actor: Actor, options: { own?: boolean; published?: boolean } = {}): Promise<Doc> {
  const { payload } = t
  if (slug === 'users') {
    if (options.own && actor.user) {
      const self = await stored(payload, 'users', mine(actor) as Id)
      if (!self) throw new Error('actor has no account')
      return self
    }
    return seed(payload, 'users', ctx)
  }
  if (slug === 'annotations') return seed(payload, slug, ctx, { author: options.own && actor.user ? mine(actor) : ctx.otherUserId })
  if (hasDrafts(slug) && options.published) return seedPublished(payload, slug, ctx)
  return seed(payload, slug, ctx)
}

// ------------------------------------------------------------ the checks

async function checkCreate(api: ApiClient, actor: Actor, slug: Slug, verdict: Create) {
  const value = marker('created')
  const file = slug === 'media' ? await tinyPng() : undefined
  const outcome = await api.create(actor, slug, newData(slug, value, ctx), { file })
  if (verdict === 'no') {
    refused(outcome, `create ${slug}`)
    expect(await countMarked(t.payload, slug, value), 'a refused create must make nothing').toBe(0)
    return
  }
  const doc = await stored(t.payload, slug, allowed(outcome, `create ${slug}`).id)
  expect(doc?.[field(slug)]).toBe(value)
  if (hasDrafts(slug)) expect(doc?._status).toBe('draft')
  if (slug === 'annotations') expect(sameId(doc?.author, mine(actor)), 'the author is whoever created it, not what the request claims').toBe(true)
}

async function checkRead(api: ApiClient, actor: Actor, slug: Slug, verdict: Read) {
  const { shown, hidden, secret } = readFixtures[slug]
  const modes = hasDrafts(slug) ? [false, true] : [false]
  const self = mine(actor)

  if (verdict === 'none') {
    for (const draft of modes) {
      const list = await api.find(actor, slug, { draft })
      if (list.ok) expect(ids(list.value), 'nothing may be listed').toEqual([])
      refused(await api.findByID(actor, slug, shown.id, { draft }), `read ${slug} by id`)
    }
    return
  }

  if (verdict === 'self') {
    if (self === undefined) throw new Error('"self" needs a signed-in actor')
    const list = ids(allowed(await api.find(actor, slug), `list ${slug}`))
    expect(list, 'only one’s own account is listed').toEqual([String(self)])
    expect(sameId(allowed(await api.findByID(actor, slug, self), 'read self').id, self)).toBe(true)
    refused(await api.findByID(actor, slug, shown.id), `read someone else’s ${slug}`, 404)
    return
  }

  for (const draft of modes) {
    const docs = allowed(await api.find(actor, slug, { draft }), `list ${slug} (draft=${draft})`)
    // With draft=true Payload lists each document's latest version and applies the
    // access filter to it, so for the public a published document whose latest
    // version is a draft drops out of that list: safe, and not what the site asks for.
    if (verdict === 'all' || !draft) expect(ids(docs), 'the visible record is listed').toContain(String(shown.id))
    if (verdict === 'all') {
      expect(ids(docs), 'the restricted record is listed too').toContain(String(hidden.id))
      expect(sameId(allowed(await api.findByID(actor, slug, hidden.id, { draft }), `read ${slug} by id`).id, hidden.id)).toBe(true)
      continue
    }
    // published / marked-public: the rest stays out of sight, by list and by id, with or without draft=true.
    expect(ids(docs), 'the restricted record is not listed').not.toContain(String(hidden.id))
    if (secret) expect(docs.map((doc) => doc[field(slug)]), 'no unpublished draft text leaks').not.toContain(secret)
    refused(await api.findByID(actor, slug, hidden.id, { draft }), `read restricted ${slug} by id (draft=${draft})`, 404)
    const one = await api.findByID(actor, slug, shown.id, { draft })
    if (!draft) expect(allowed(one, `read visible ${slug}`)[field(slug)]).toBe(shown[field(slug)])
    else if (one.ok) expect(one.value[field(slug)], 'draft=true must not reveal the unpublished draft').toBe(shown[field(slug)])
  }
}

async function checkUpdate(api: ApiClient, actor: Actor, slug: Slug, verdict: Update) {
  const { payload } = t
  const f = field(slug)

  /** Tries a write that must be refused, then checks the record (and its latest draft) is untouched. */
  const mustRefuse = async (doc: Doc, data: Record<string, unknown>, what: string, draft = false) => {
    const before = await stored(payload, slug, doc.id, hasDrafts(slug))
    refused(await api.update(actor, slug, doc.id, updateData(slug, doc, data), { draft }), what)
    const after = await stored(payload, slug, doc.id, hasDrafts(slug))
    expect(after, `${what}: the record must be unchanged`).toEqual(before)
  }

  if (verdict === 'no') {
    await mustRefuse(await target(slug, actor, { own: true }), { [f]: marker('upd') }, `update ${slug}`)
    if (hasDrafts(slug)) {
      await mustRefuse(await target(slug, actor, { published: true }), { [f]: marker('upd') }, `update published ${slug}`)
      await mustRefuse(await target(slug, actor, { published: true }), { [f]: marker('upd') }, `save a draft of ${slug}`, true)
    }
    return
  }

  if (verdict === 'yes') {
    const doc = await target(slug, actor)
    const value = marker('upd')
    const data = slug === 'annotations' ? { [f]: value, status: 'resolved' } : { [f]: value }
    allowed(await api.update(actor, slug, doc.id, updateData(slug, doc, data)), `update ${slug}`)
    const after = await stored(payload, slug, doc.id)
    expect(after?.[f]).toBe(value)
    if (slug === 'annotations') expect(after?.status, 'editors resolve annotations').toBe('resolved')
    if (hasDrafts(slug)) {
      const published = await target(slug, actor, { published: true })
      const live = marker('live-edit')
      allowed(await api.update(actor, slug, published.id, { [f]: live }), `edit published ${slug}`)
      expect((await publicView(t.payload, slug, published.id))?.[f], 'editors change the published text').toBe(live)
    }
    return
  }

  if (verdict === 'drafts') {
    // A draft: edited in place, stays a draft.
    const draftDoc = await target(slug, actor)
    const v1 = marker('draft-edit')
    allowed(await api.update(actor, slug, draftDoc.id, { [f]: v1 }), `edit a draft ${slug}`)
    const afterDraft = await stored(payload, slug, draftDoc.id)
    expect(afterDraft?.[f]).toBe(v1)
    expect(afterDraft?._status).toBe('draft')

    // A published document: not without draft=true ...
    const published = await target(slug, actor, { published: true })
    await mustRefuse(published, { [f]: marker('over-published') }, `write over published ${slug}`)
    expect((await stored(payload, slug, published.id))?._status).toBe('published')

    // ... but a new draft of it, yes; the public keeps the published version.
    const v3 = marker('new-draft')
    allowed(await api.update(actor, slug, published.id, { [f]: v3, _status: 'draft' }, { draft: true }), `save a draft of published ${slug}`)
    const main = await stored(payload, slug, published.id)
    expect(main?.[f], 'the published version is unchanged').toBe(published[f])
    expect(main?._status).toBe('published')
    expect((await stored(payload, slug, published.id, true))?.[f], 'the new draft is saved').toBe(v3)
    expect((await publicView(t.payload, slug, published.id))?.[f], 'the public still reads the published text').toBe(published[f])
    return
  }

  if (verdict === 'own') {
    const own = await target(slug, actor, { own: true })
    const value = marker('own-edit')
    allowed(await api.update(actor, slug, own.id, { [f]: value, status: 'resolved' }), `update own ${slug}`)
    const after = await stored(payload, slug, own.id)
    expect(after?.[f]).toBe(value)
    expect(after?.status, 'only editors change the status').toBe('open')
    expect(sameId(after?.author, mine(actor))).toBe(true)
    await mustRefuse(await target(slug, actor), { [f]: marker('theirs') }, `update someone else’s ${slug}`)
    return
  }

  // self
  const self = await target(slug, actor, { own: true })
  const value = marker('self-edit')
  allowed(await api.update(actor, slug, self.id, { [f]: value, roles: ['admin'] }), 'update own account')
  const after = await stored(payload, slug, self.id)
  expect(after?.[f]).toBe(value)
  expect(after?.roles, 'nobody but an admin changes roles, not even their own').toEqual(self.roles)
  await mustRefuse(await target(slug, actor), { [f]: marker('theirs') }, 'update someone else’s account')
}

async function checkDelete(api: ApiClient, actor: Actor, slug: Slug, verdict: Delete) {
  // The most tempting target: a published document, one's own annotation, someone else's account.
  const doc = await target(slug, actor, { published: true, own: slug === 'annotations' })
  const outcome = await api.delete(actor, slug, doc.id)
  if (verdict === 'yes') {
    allowed(outcome, `delete ${slug}`)
    expect(await stored(t.payload, slug, doc.id)).toBeNull()
  } else {
    refused(outcome, `delete ${slug}`)
    expect(await stored(t.payload, slug, doc.id), 'a refused delete must leave the record').not.toBeNull()
  }
}

async function checkPublish(api: ApiClient, actor: Actor, slug: Slug, verdict: Publish) {
  const { payload } = t
  const f = field(slug)
  const status = async (id: Id) => (await stored(payload, slug, id))?._status

  if (verdict === 'yes') {
    const value = marker('born-published')
    const created = allowed(await api.create(actor, slug, { ...newData(slug, value, ctx), _status: 'published' }), 'create published')
    expect(await status(created.id)).toBe('published')
    const draftDoc = await target(slug, actor)
    allowed(await api.update(actor, slug, draftDoc.id, { _status: 'published' }), 'publish a draft')
    expect(await status(draftDoc.id)).toBe('published')
    expect((await publicView(t.payload, slug, draftDoc.id))?.id, 'the public now sees it').toBeDefined()
    const published = await target(slug, actor, { published: true })
    allowed(await api.update(actor, slug, published.id, { _status: 'draft' }), 'unpublish')
    expect(await status(published.id)).toBe('draft')
    expect(await publicView(t.payload, slug, published.id), 'the public no longer sees it').toBeNull()
    return
  }

  // Without draft=true these must be refused. With draft=true Payload itself turns
  // `_status: 'published'` into a draft save, so what matters is that nothing got published.
  const notPublished = async (outcome: Outcome<Doc>, what: string, id?: Id) => {
    if (outcome.ok) {
      expect(await status(outcome.value.id), `${what}: saved, but only as a draft`).toBe('draft')
      expect(await publicView(t.payload, slug, outcome.value.id), `${what}: invisible to the public`).toBeNull()
    } else {
      refused(outcome, what)
      if (id !== undefined) expect(await status(id)).toBe('draft')
    }
  }
  for (const draft of [false, true]) {
    const value = marker('born-published')
    const created = await api.create(actor, slug, { ...newData(slug, value, ctx), _status: 'published' }, { draft })
    if (!draft) {
      refused(created, 'create published')
      expect(await countMarked(payload, slug, value), 'a refused create must make nothing').toBe(0)
    } else {
      await notPublished(created, 'create published with draft=true')
      // Those who may create at all get a draft; the others nothing.
      const verdict = MATRIX.find(([rowSlug, rowRole]) => rowSlug === slug && rowRole === actor.role)?.[2]
      expect(created.ok, 'create with draft=true is allowed exactly when create is').toBe(verdict === 'yes')
      if (!created.ok) expect(await countMarked(payload, slug, value), 'a refused create must make nothing').toBe(0)
    }

    const draftDoc = await target(slug, actor)
    const publishing = await api.update(actor, slug, draftDoc.id, { _status: 'published' }, { draft })
    if (!draft) refused(publishing, 'publish a draft')
    await notPublished(publishing, `publish a draft (draft=${draft})`, draftDoc.id)
    expect(await status(draftDoc.id)).toBe('draft')
    expect(await publicView(t.payload, slug, draftDoc.id), 'the public still cannot see it').toBeNull()
  }
  // Re-publishing a published document with new text (REST: PATCH /api/<slug>/<id> {_status: 'published'}).
  const published = await target(slug, actor, { published: true })
  refused(await api.update(actor, slug, published.id, { [f]: marker('republish'), _status: 'published' }), 'overwrite and publish')
  expect((await stored(payload, slug, published.id))?.[f]).toBe(published[f])
  // Unpublishing.
  refused(await api.update(actor, slug, published.id, { _status: 'draft' }), 'unpublish')
  expect(await status(published.id)).toBe('published')
  expect((await publicView(t.payload, slug, published.id))?.[f]).toBe(published[f])
}

// ------------------------------------------------------- the generated cases

describe('the matrix', () => {
  it('has one row per role and collection', () => {
    const keys = MATRIX.map(([slug, role]) => `${slug}/${role}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.length).toBe(Object.keys(MARKER_FIELD).length * ROLES.length)
    for (const [slug, , , , , , publish] of MATRIX) expect(publish === '–').toBe(!hasDrafts(slug))
  })
})

describe.each(APIS)('%s API', (apiName) => {
  describe.each(MATRIX)('%s as %s', (slug, role, create, read, update, del, publish) => {
    const api = () => clients[apiName]
    const actor = () => actors[role]

    it.skipIf(apiName === 'graphql' && slug === 'media')(`create: ${create}`, () => checkCreate(api(), actor(), slug, create))
    it(`read: ${read}`, () => checkRead(api(), actor(), slug, read))
    it(`update: ${update}`, () => checkUpdate(api(), actor(), slug, update))
    it(`delete: ${del}`, () => checkDelete(api(), actor(), slug, del))
    if (publish !== '–') it(`publish: ${publish}`, () => checkPublish(api(), actor(), slug, publish))
  })
})
