/**
 * Publishing an article drafted from a machine translation: refused while
 * high-severity findings are unresolved or most of it is unmodified, with a
 * message naming the rule and by how much; published over the rules only with
 * an editor's reason, which the published version keeps. Through the Local
 * API, REST and GraphQL. Articles not drafted from a machine translation are
 * not held to these rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import type { User } from '@/payload-types'
import { graphqlClient, restLogin, restRaw, SLUGS, type Actor, type GraphQLClient } from './access/clients'
import { createUser, refusal, startPayload, type TestPayload } from './payload'
import { BROKEN_DATE, lexicalBody, MAGNITUDE, MT_PARAGRAPHS, mtDocument } from './publish/documents'

let t: TestPayload
let editor: User & { collection: 'users' }
let historian: User & { collection: 'users' }
let editorActor: Actor
let graphql: GraphQLClient

beforeAll(async () => {
  t = await startPayload()
  const editorAccount = await createUser(t.payload, 'editor')
  editor = editorAccount.user
  historian = (await createUser(t.payload, 'historian')).user
  editorActor = { role: 'editor', user: editor, token: await restLogin(t.payload, editorAccount.email, editorAccount.password) }
  graphql = await graphqlClient(t.payload, Object.fromEntries(SLUGS.map((slug) => [slug, ['id']])) as never)
})
afterAll(async () => t?.close())

/** A fresh machine-translated source and its draft article, as the import writes them. */
async function importedDraft(paragraphs = MT_PARAGRAPHS, url = `https://chronicle.test/${Math.random().toString(36).slice(2)}`) {
  const file = mtDocument(paragraphs)
  file.manifest = { ...file.manifest!, origin: { ...file.manifest!.origin!, url } }
  const summary = await importDocument(t.payload, file, { user: editor })
  return { sourceId: summary.sourceId, articleId: summary.articleId! }
}

const asEditor = () => ({ user: editor, overrideAccess: false }) as const
const publish = (id: number | string, data: Record<string, unknown> = {}) =>
  t.payload.update({ collection: 'articles', id, locale: 'en', data: { ...data, _status: 'published' }, user: editor, overrideAccess: false })
const saveDraft = (id: number | string, paragraphs: string[]) =>
  t.payload.update({ collection: 'articles', id, locale: 'en', draft: true, data: { body: lexicalBody(paragraphs) as never }, ...asEditor() })
const statusOf = async (id: number | string) => (await t.payload.findByID({ collection: 'articles', id, depth: 0 }))._status

/** Rewritten by an editor: no high findings left, few of the machine's words in its order. */
const REWRITTEN = [
  'The court told the frontier governor, in 1862, to reinforce the border town’s garrison ahead of winter.',
  'In February 1864 he led his troops to the river crossing, where they camped for weeks until supplies arrived.',
  'From 1871 a garrison kept the town for a decade while envoys negotiated the border.',
]

describe('publishing an article drafted from a machine translation', () => {
  it('is refused by both rules while it is the untouched machine output, saying which and by how much', async () => {
    const { articleId } = await importedDraft()
    const message = await refusal(publish(articleId))
    expect(message).toMatch(/^Publishing refused\. 2 findings of high severity are unresolved in the English text/)
    expect(message).toContain(`broken-date “${BROKEN_DATE}”`)
    expect(message).toContain(`implausible-magnitude “${MAGNITUDE}”`)
    expect(message).toContain('100 % of the English text is the unmodified machine translation, 30 points over the limit of 70 %.')
    expect(await statusOf(articleId)).toBe('draft')
  })

  it('is refused by the findings rule alone once the text is rewritten around a defect left in it', async () => {
    const { articleId } = await importedDraft()
    await saveDraft(articleId, [REWRITTEN[0]!, `In ${BROKEN_DATE} he led his troops to the river crossing, where they camped for weeks.`, REWRITTEN[2]!])
    const message = await refusal(publish(articleId))
    expect(message).toMatch(/^Publishing refused\. 1 finding of high severity is unresolved in the English text \(broken-date “1February 864”\)/)
    expect(message).not.toMatch(/unmodified machine translation/)
  })

  it('is refused by the unmodified rule alone once the defects are repaired in place', async () => {
    const { articleId } = await importedDraft()
    const repaired = MT_PARAGRAPHS.map((text) => text.replace(BROKEN_DATE, 'February 1864').replace(MAGNITUDE, '1,200 soldiers'))
    await saveDraft(articleId, repaired)
    const message = await refusal(publish(articleId))
    expect(message).toMatch(/^Publishing refused\. 9\d % of the English text is the unmodified machine translation, 2\d points over the limit of 70 %\./)
    expect(message).not.toMatch(/finding/)
  })

  it('goes through once an editor has rewritten it', async () => {
    const { articleId } = await importedDraft()
    await saveDraft(articleId, REWRITTEN)
    await publish(articleId)
    expect(await statusOf(articleId)).toBe('published')
  })

  it('is refused the same way through REST and GraphQL', async () => {
    const { articleId } = await importedDraft()
    const rest = await restRaw(t.payload, editorActor, 'PATCH', `/articles/${articleId}?locale=en`, { _status: 'published' })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.body)).toContain('100 % of the English text is the unmodified machine translation')
    const id = typeof articleId === 'number' ? 'Int' : 'String'
    const result = await graphql.raw(editorActor, `mutation ($id: ${id}!) { updateArticle(id: $id, locale: en, data: { _status: published }) { id } }`, { id: articleId })
    expect(result.errors?.map((error) => error.message).join(' ')).toContain('Publishing refused. 2 findings of high severity')
    expect(await statusOf(articleId)).toBe('draft')
  })

  it('is published over the rules with an editor’s reason, which the published version keeps', async () => {
    const { articleId } = await importedDraft()
    const reason = 'Published for the review board as the raw translation, clearly labelled.'
    await publish(articleId, { publishOverride: { reason } })
    const article = await t.payload.findByID({ collection: 'articles', id: articleId, depth: 0 })
    expect(article._status).toBe('published')
    const { docs } = await t.payload.findVersions({ collection: 'articles', depth: 0, where: { and: [{ parent: { equals: articleId } }, { 'version._status': { equals: 'published' } }] }, sort: '-updatedAt', limit: 1 })
    const kept = docs[0]!.version.publishOverride
    expect(kept?.reason).toBe(reason)
    expect(String(kept?.by)).toBe(String(editor.id))
    expect(kept?.rules).toEqual(['unresolved-findings', 'unmodified'])
    expect(Date.parse(kept?.at ?? '')).toBeGreaterThan(Date.now() - 60_000)
  })

  it('cannot be overridden by a historian, who is told why', async () => {
    const { articleId } = await importedDraft()
    const message = await refusal(
      t.payload.update({ collection: 'articles', id: articleId, locale: 'en', draft: true, data: { publishOverride: { reason: 'I say so.' } }, user: historian, overrideAccess: false }),
    )
    expect(message).toMatch(/Only editors may override the publish rules/)
    const draft = await t.payload.findByID({ collection: 'articles', id: articleId, depth: 0, draft: true })
    expect(draft.publishOverride?.reason ?? null).toBeNull()
    // An editor then publishing without a reason of their own is still refused.
    expect(await refusal(publish(articleId))).toMatch(/^Publishing refused/)
  })

  it('counts a finding dismissed in the reconcile decisions as resolved', async () => {
    const { articleId, sourceId } = await importedDraft()
    await saveDraft(articleId, [REWRITTEN[0]!, `In ${BROKEN_DATE} he led his troops to the river crossing, where they camped for weeks.`, REWRITTEN[2]!])
    await t.payload.create({
      collection: 'finding-decisions',
      data: { source: sourceId, article: articleId, locale: 'en', findingKey: 'test', kind: 'broken-date', severity: 'high', segmentId: 'p2', quote: BROKEN_DATE, start: 3, end: 16, action: 'dismissed', reason: 'The chronicle’s own dating, kept on purpose.' },
      user: editor,
      overrideAccess: false,
    } as never)
    await publish(articleId)
    expect(await statusOf(articleId)).toBe('published')
  })
})

describe('the edit screen’s publish check (GET /api/articles/:id/publish-check)', () => {
  it('gives staff the source, the unmodified share per paragraph of the locale asked, and what blocks publishing', async () => {
    const { articleId, sourceId } = await importedDraft()
    await saveDraft(articleId, [MT_PARAGRAPHS[0]!, REWRITTEN[1]!, REWRITTEN[2]!])
    const { status, body } = await restRaw(t.payload, editorActor, 'GET', `/articles/${articleId}/publish-check?locale=en`)
    expect(status).toBe(200)
    const check = body as { machineTranslated: boolean; source: { id: unknown }; unmodified: { share: number; paragraphs: { share: number }[] }; blocks: { rule: string }[] }
    expect(check.machineTranslated).toBe(true)
    expect(String(check.source.id)).toBe(String(sourceId))
    expect(check.unmodified.paragraphs.map((paragraph) => paragraph.share)).toEqual([1, expect.any(Number), expect.any(Number)])
    expect(check.unmodified.paragraphs[1]!.share).toBeLessThan(0.5)
    expect(check.unmodified.share).toBeLessThan(0.7)
    expect(check.blocks).toEqual([])
  })

  it('says an article has no machine-translated source, refuses a bad locale, and is nothing to the public', async () => {
    const plain = await t.payload.create({ collection: 'articles', locale: 'en', draft: true, data: { title: 'A plain draft', _status: 'draft' }, ...asEditor() })
    expect((await restRaw(t.payload, editorActor, 'GET', `/articles/${plain.id}/publish-check?locale=en`)).body).toEqual({ machineTranslated: false })
    expect((await restRaw(t.payload, editorActor, 'GET', `/articles/${plain.id}/publish-check?locale=fr`)).status).toBe(400)
    const { articleId } = await importedDraft()
    const anonymous = await restRaw(t.payload, { role: 'public' }, 'GET', `/articles/${articleId}/publish-check?locale=en`)
    expect(anonymous.status).toBe(404)
    expect(JSON.stringify(anonymous.body)).not.toMatch(/machine|Kobdo/i)
  })
})

describe('an article not drafted from a machine translation', () => {
  it('publishes with the same text, defects and all', async () => {
    const source = await t.payload.create({ collection: 'sources', data: { title: 'A human history', language: 'en', kind: 'secondary', rawText: MT_PARAGRAPHS.join('\n\n') } })
    const article = await t.payload.create({ collection: 'articles', locale: 'en', draft: true, data: { title: 'Kobdo, written by hand', body: lexicalBody(MT_PARAGRAPHS) as never, sources: [source.id], _status: 'draft' }, ...asEditor() })
    await publish(article.id)
    expect(await statusOf(article.id)).toBe('published')
  })
})
