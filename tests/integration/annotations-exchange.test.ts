/**
 * Annotations exchanged and discussed: W3C JSON-LD out (one, and a
 * document's AnnotationCollection) checked against the model's required
 * parts, JSON-LD in (all or nothing, refusals with reasons), replies and
 * status decisions, and who may do each, through REST, the Local API and GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Annotation, Article, Source } from '@/payload-types'
import { ANNOTATION_ENDPOINTS } from './access/matrix'
import { graphqlClient, localClient, restClient, restLogin, restRaw, type Actor, type ApiClient, type RoleName } from './access/clients'
import { GRAPHQL_SELECTION } from './access/fixtures'
import { body, EN, seedArticle } from './annotations/fixtures'
import { expectW3CAnnotation } from './annotations/w3c'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
const actors = {} as Record<RoleName, Actor>
let clients: ApiClient[]
let articleId: string
let sourceId: string
let article: Article
let source: Source
/** An annotation by a historian who is none of the actors. */
let theirs: Annotation

beforeAll(async () => {
  t = await startPayload()
  for (const role of ['admin', 'editor', 'historian'] as const) {
    const { user, email, password } = await createUser(t.payload, role)
    actors[role] = { role, user, token: await restLogin(t.payload, email, password) }
  }
  actors.public = { role: 'public' }
  const other = await createUser(t.payload, 'historian')
  article = await seedArticle(t.payload)
  articleId = String(article.id)
  source = await t.payload.create({ collection: 'sources', data: { title: 'Report', language: 'zh', kind: 'primary', rawText: '伊犁将军奏报：哈萨克十万人。' } })
  sourceId = String(source.id)
  theirs = await t.payload.create({ collection: 'annotations', user: other.user, overrideAccess: false, data: { target: { article: article.id, locale: 'en' }, exact: 'the second siege', motivation: 'questioning', body: 'Which year?' } })
  clients = [localClient(t.payload), restClient(t.payload), await graphqlClient(t.payload, GRAPHQL_SELECTION)]
})
afterAll(async () => {
  await t?.close()
})

const aQuestion = (exact: string, target = `/api/articles/${articleId}?locale=en`) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  motivation: 'questioning',
  body: { type: 'TextualBody', value: `Imported question on ${exact}` },
  target: { source: target, selector: [{ type: 'TextQuoteSelector', exact }] },
})
const imported = (role: RoleName, document: unknown) => restRaw(t.payload, actors[role], 'POST', '/annotations/import', document)
const countMarked = async (exact: string) => (await t.payload.count({ collection: 'annotations', where: { body: { equals: `Imported question on ${exact}` } } })).totalDocs

describe('annotation endpoints by role (ANNOTATION_ENDPOINTS)', () => {
  for (const [role, read, importing, reply] of ANNOTATION_ENDPOINTS) {
    it(`${role}: read ${read}, import ${importing}, reply ${reply}`, async () => {
      const one = await restRaw(t.payload, actors[role], 'GET', `/annotations/${String(theirs.id)}/jsonld`)
      const many = await restRaw(t.payload, actors[role], 'GET', `/annotations/jsonld?article=${articleId}&locale=en`)
      const lists = await restRaw(t.payload, actors[role], 'GET', '/annotations/open')
      expect([one.status, many.status, lists.status]).toEqual(read === 'yes' ? [200, 200, 200] : [401, 401, 401])
      if (read === 'yes') expect((lists.body.awaiting as { id: string }[]).map((row) => row.id)).toContain(String(theirs.id))
      const exact = role === 'public' ? 'Albazin' : `forts on the Amur`
      const result = await imported(role, aQuestion(exact))
      expect(result.status).toBe(importing === 'yes' ? 201 : 401)
      if (importing === 'no') expect(await countMarked(exact)).toBe(0)
      const before = (await t.payload.findByID({ collection: 'annotations', id: theirs.id })).replies?.length ?? 0
      const replied = await restRaw(t.payload, actors[role], 'POST', `/annotations/${String(theirs.id)}/replies`, { body: `Reply from ${role}` })
      const after = await t.payload.findByID({ collection: 'annotations', id: theirs.id, depth: 0 })
      if (reply === 'no') {
        expect(replied.status).toBe(401)
        expect(after.replies?.length ?? 0).toBe(before)
        return
      }
      expect(replied.status).toBe(201)
      const last = after.replies!.at(-1)!
      expect(last.body).toBe(`Reply from ${role}`)
      expect(String(last.author), 'the author of a reply is whoever sent it').toBe(String(actors[role].user!.id))
      expect(Date.now() - Date.parse(last.createdAt!)).toBeLessThan(60_000)
    })
  }
  it('the public cannot read annotations through the collection either (REST and GraphQL)', async () => {
    for (const client of clients.slice(1)) expect((await client.find(actors.public, 'annotations')).ok, client.name).toBe(false)
  })
})

describe('W3C JSON-LD export', () => {
  it('gives one annotation with the model’s required parts, its quote and position', async () => {
    const { status, body: jsonld } = await restRaw(t.payload, actors.historian, 'GET', `/annotations/${String(theirs.id)}/jsonld`)
    expect(status).toBe(200)
    expectW3CAnnotation(jsonld)
    const target = jsonld.target as { source: string; selector: Record<string, unknown>[] }
    expect(target.source).toMatch(new RegExp(`/api/articles/${articleId}\\?locale=en$`))
    expect(target.selector).toContainEqual(expect.objectContaining({ type: 'TextQuoteSelector', exact: 'the second siege', prefix: expect.stringMatching(/Albazin was besieged twice; $/) }))
    const position = target.selector.find((one) => one.type === 'TextPositionSelector')!
    expect(EN.join('\n\n').slice(position.start as number, position.end as number)).toBe('the second siege')
  })

  it('gives a document’s annotations as an AnnotationCollection of valid annotations, and only that document’s', async () => {
    await t.payload.create({ collection: 'annotations', data: { target: { source: source.id }, exact: '十万', motivation: 'flagging-mt-error', body: '原文作一万' } })
    const { body: collection } = await restRaw(t.payload, actors.editor, 'GET', `/annotations/jsonld?source=${sourceId}`)
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage' } })
    const items = (collection.first as { items: Record<string, unknown>[] }).items
    items.forEach(expectW3CAnnotation)
    expect(items[0]).toMatchObject({ motivation: 'assessing', target: { source: expect.stringMatching(new RegExp(`/api/sources/${sourceId}$`)) } })
    expect((await restRaw(t.payload, actors.editor, 'GET', '/annotations/jsonld')).status).toBe(400)
  })
})

describe('W3C JSON-LD import', () => {
  it('creates every annotation of a collection, anchored, as the importing person', async () => {
    const result = await imported('editor', { type: 'AnnotationCollection', first: { items: [aQuestion('Sabsu'), aQuestion('伊犁将军', `/api/sources/${sourceId}`)] } })
    expect(result.status).toBe(201)
    const ids = result.body.created as string[]
    expect(ids).toHaveLength(2)
    const [onArticle, onSource] = await Promise.all(ids.map((id) => t.payload.findByID({ collection: 'annotations', id, depth: 0 })))
    expect(onArticle).toMatchObject({ exact: 'Sabsu', start: EN[0]!.indexOf('Sabsu'), anchor: { state: 'exact' }, status: 'open' })
    expect(onSource).toMatchObject({ exact: '伊犁将军', start: 0, target: { locale: null } })
    expect(String(onSource!.author)).toBe(String(actors.editor.user!.id))
  })

  it('refuses a malformed one with the reason and writes none of the batch', async () => {
    const malformed = { ...aQuestion('Nerchinsk'), '@context': 'https://schema.org' }
    const result = await imported('historian', [aQuestion('Argun'), malformed])
    expect(result.status).toBe(400)
    expect(JSON.stringify(result.body)).toMatch(/annotation 2: @context: @context must include http:\/\/www\.w3\.org\/ns\/anno\.jsonld/)
    expect(await countMarked('Argun')).toBe(0)
  })

  it('refuses, all or nothing, a batch whose later annotation quotes words the target does not have, or targets nothing known', async () => {
    const result = await imported('historian', [aQuestion('the Amur'), aQuestion('Port Arthur')])
    expect(result.status).toBe(400)
    expect(JSON.stringify(result.body)).toMatch(/annotation 2: The quoted text \\"Port Arthur\\" is not in the article's English text/)
    expect(await countMarked('the Amur'), 'the first one was rolled back').toBe(0)
    const unknown = await imported('historian', aQuestion('Albazin', '/api/articles/does-not-exist'))
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toMatch(/there is no article with id does-not-exist that you may read/)
    const elsewhere = await imported('historian', aQuestion('Albazin', 'https://example.org/api/articles/1'))
    expect(JSON.stringify(elsewhere.body)).toMatch(/is not a source or article of this site/)
    expect((await restRaw(t.payload, actors.historian, 'POST', '/annotations/import', [])).status).toBe(400)
  })
})

describe('threads and decisions', () => {
  it('editors resolve and reopen through every API; a decided annotation is reopened before it is rejected', async () => {
    for (const client of clients) {
      const note = await t.payload.create({ collection: 'annotations', data: { target: { article: article.id }, exact: 'Albazin', motivation: 'commenting', body: `via ${client.name}` } })
      expect((await client.update(actors.editor, 'annotations', note.id, { status: 'resolved' })).ok, client.name).toBe(true)
      const resolved = await t.payload.findByID({ collection: 'annotations', id: note.id, depth: 0 })
      expect(resolved.status).toBe('resolved')
      expect(String(resolved.resolution?.by)).toBe(String(actors.editor.user!.id))
      // The Local API throws a validation error where REST and GraphQL answer one.
      const skipping = await client.update(actors.editor, 'annotations', note.id, { status: 'rejected' }).catch((error: Error) => ({ ok: false, message: error.message }))
      expect(skipping.ok, `${client.name}: resolved → rejected`).toBe(false)
      expect((await t.payload.findByID({ collection: 'annotations', id: note.id })).status).toBe('resolved')
      expect((await client.update(actors.editor, 'annotations', note.id, { status: 'open' })).ok).toBe(true)
      expect((await t.payload.findByID({ collection: 'annotations', id: note.id, depth: 0 })).resolution?.by ?? null).toBeNull()
    }
  })

  it('a resolved correction records the article version that applied it', async () => {
    const corrected = await seedArticle(t.payload)
    const correction = await t.payload.create({ collection: 'annotations', data: { target: { article: corrected.id, locale: 'en' }, exact: 'July 1686', motivation: 'correcting', suggestedReplacement: 'June 1686' } })
    const applied = [EN[0]!, EN[1]!.replace('July 1686', 'June 1686'), EN[2]!]
    await t.payload.update({ collection: 'articles', id: corrected.id, locale: 'en', draft: true, data: { body: body(...applied), _status: 'draft' }, user: actors.editor.user, overrideAccess: false })
    const { docs } = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: corrected.id } }, sort: '-updatedAt', limit: 1, depth: 0 })
    await t.payload.update({ collection: 'annotations', id: correction.id, data: { status: 'resolved' }, user: actors.editor.user, overrideAccess: false })
    expect((await t.payload.findByID({ collection: 'annotations', id: correction.id, depth: 0 })).resolution?.appliedInVersion).toBe(String(docs[0]!.id))
  })

  it('a historian’s replies carry their own name whatever the request claims, and others’ replies are not theirs to change', async () => {
    const historian = actors.historian.user!
    const own = await t.payload.create({ collection: 'annotations', user: historian, overrideAccess: false, data: { target: { article: article.id }, exact: 'Nerchinsk', motivation: 'commenting', body: 'Mine.' } })
    const replied = await restRaw(t.payload, actors.editor, 'POST', `/annotations/${String(own.id)}/replies`, { body: 'An editor’s reply.' })
    expect(replied.status).toBe(201)
    const rest = restClient(t.payload)
    const current = await t.payload.findByID({ collection: 'annotations', id: own.id, depth: 0 })
    const claimed = await rest.update(actors.historian, 'annotations', own.id, { replies: [...current.replies!, { body: 'Second thoughts.', author: actors.editor.user!.id }] })
    expect(claimed.ok).toBe(true)
    const after = await t.payload.findByID({ collection: 'annotations', id: own.id, depth: 0 })
    expect(after.replies!.map((reply) => [reply.body, String(reply.author)])).toEqual([
      ['An editor’s reply.', String(actors.editor.user!.id)],
      ['Second thoughts.', String(historian.id)],
    ])
    const rewriting = await rest.update(actors.historian, 'annotations', own.id, { replies: after.replies!.map((reply) => ({ ...reply, body: 'Rewritten.' })) })
    expect(rewriting.ok).toBe(false)
    expect((await t.payload.findByID({ collection: 'annotations', id: own.id })).replies![0]!.body).toBe('An editor’s reply.')
    expect((await restRaw(t.payload, actors.historian, 'POST', `/annotations/${String(own.id)}/replies`, { body: ' ' })).status).toBe(400)
  })
})
