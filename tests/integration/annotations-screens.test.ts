/**
 * What the admin's annotation screens rely on from the server: a historian's
 * status change is ignored (editors decide) through every API, replies carry
 * the author and time the server saw, a selection across segments of an
 * imported source is saved as one range spanning both, and the dashboard's
 * lists (`GET /api/annotations/open`) give each person theirs, others' on the
 * articles they work on, and all awaiting an editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { quoteOfSelection } from '@/lib/annotate/display'
import type { Annotation, User } from '@/payload-types'
import { importDocument } from '@/server/import'
import type { OpenLists } from '@/server/annotate/openLists'
import { graphqlClient, localClient, restClient, restLogin, restRaw, type Actor, type ApiClient } from './access/clients'
import { GRAPHQL_SELECTION } from './access/fixtures'
import { body, EN, seedArticle } from './annotations/fixtures'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
let historian: Actor
let editor: Actor
let clients: ApiClient[]

const actor = async (role: 'historian' | 'editor'): Promise<Actor> => {
  const { user, email, password } = await createUser(t.payload, role)
  return { role, user, token: await restLogin(t.payload, email, password) }
}

beforeAll(async () => {
  t = await startPayload()
  // The first account is made an admin: the roles under test come after it.
  await createUser(t.payload, 'admin')
  historian = await actor('historian')
  editor = await actor('editor')
  clients = [localClient(t.payload), restClient(t.payload), await graphqlClient(t.payload, GRAPHQL_SELECTION)]
})
afterAll(async () => {
  await t?.close()
})

const annotate = (user: User, data: Record<string, unknown>) =>
  t.payload.create({ collection: 'annotations', data: { motivation: 'questioning', body: 'Is this right?', ...data } as never, user, overrideAccess: false, depth: 0 })
const stored = (id: Annotation['id']) => t.payload.findByID({ collection: 'annotations', id, depth: 0 })

describe('status', () => {
  it('a historian cannot resolve, not even their own annotation, through any API; their note edit is kept', async () => {
    const article = await seedArticle(t.payload)
    for (const client of clients) {
      const own = await annotate(historian.user!, { target: { article: article.id, locale: 'en' }, exact: 'Albazin', body: `first thought via ${client.name}` })
      await client.update(historian, 'annotations', own.id, { status: 'resolved', body: `second thought via ${client.name}` })
      const after = await stored(own.id)
      expect(after.status, client.name).toBe('open')
      expect(after.resolution?.by ?? null, client.name).toBeNull()
      expect(after.body, client.name).toBe(`second thought via ${client.name}`)
    }
  })
})

describe('replies', () => {
  it('carry the replying person and the server’s time, in the order written', async () => {
    const article = await seedArticle(t.payload)
    const note = await annotate(historian.user!, { target: { article: article.id, locale: 'en' }, exact: 'Nerchinsk' })
    const before = Date.now()
    expect((await restRaw(t.payload, editor, 'POST', `/annotations/${String(note.id)}/replies`, { body: 'Which embassy?', author: historian.user!.id, createdAt: '2001-01-01T00:00:00.000Z' })).status).toBe(201)
    expect((await restRaw(t.payload, historian, 'POST', `/annotations/${String(note.id)}/replies`, { body: '俄国使团。' })).status).toBe(201)
    const after = Date.now()
    const replies = (await stored(note.id)).replies!
    expect(replies.map((reply) => [reply.body, String(reply.author)])).toEqual([
      ['Which embassy?', String(editor.user!.id)],
      ['俄国使团。', String(historian.user!.id)],
    ])
    for (const reply of replies) {
      const time = Date.parse(reply.createdAt!)
      expect(time).toBeGreaterThanOrEqual(before - 1000)
      expect(time).toBeLessThanOrEqual(after + 1000)
    }
    expect(Date.parse(replies[0]!.createdAt!)).toBeLessThanOrEqual(Date.parse(replies[1]!.createdAt!))
  })
})

describe('a selection across two segments of a source', () => {
  it('is saved, as the screens send it, as one range over both segments and the text between them (en and zh)', async () => {
    for (const [language, text, from, to] of [
      ['en', '# Fort Tasgan\n\nThe fort stood on the Ili.\n\nIt was abandoned in 1871.\n', 'the Ili', 'abandoned'],
      ['zh', '# 塔斯干堡\n\n堡在伊犁河畔。\n\n一八七一年废弃。\n', '伊犁河', '一八七一'],
    ] as const) {
      const summary = await importDocument(t.payload, { bytes: new TextEncoder().encode(text), fileName: `fort-${language}.md`, language })
      const source = await t.payload.findByID({ collection: 'sources', id: summary.sourceId, depth: 0 })
      const segments = source.segments as { segmentId: string; start: number; end: number; text: string }[]
      const first = segments.find((segment) => segment.text.includes(from))!
      const last = segments.find((segment) => segment.text.includes(to))!
      expect(first.segmentId).not.toBe(last.segmentId)
      // What the screen does with a selection from `from` in one segment to the end of `to` in another.
      const quote = quoteOfSelection(source.rawText!, segments, { segmentId: first.segmentId, start: first.text.indexOf(from), endSegmentId: last.segmentId, end: last.text.indexOf(to) + to.length })
      expect(quote.exact.startsWith(from) && quote.exact.endsWith(to)).toBe(true)
      const note = await annotate(historian.user!, { target: { source: source.id }, ...quote })
      expect(note.target?.segmentId).toBe(first.segmentId)
      expect(source.rawText!.slice(note.start!, note.end!)).toBe(quote.exact)
    }
  })
})

describe('the dashboard’s open annotations (GET /api/annotations/open)', () => {
  const lists = async (who: Actor) => {
    const answer = await restRaw(t.payload, who, 'GET', '/annotations/open')
    expect(answer.status).toBe(200)
    const found = answer.body as unknown as OpenLists
    return { mine: found.mine.map((row) => row.id), onArticles: found.onArticles.map((row) => row.id), awaiting: found.awaiting.map((row) => row.id), rows: [...found.mine, ...found.onArticles, ...found.awaiting] }
  }

  it('gives a person theirs (decided ones with their status), others’ open ones on articles they work on (not on others), and every open one awaiting an editor', async () => {
    const worked = await seedArticle(t.payload)
    const elsewhere = await seedArticle(t.payload)
    const colleague = await actor('historian')
    const mine = await annotate(historian.user!, { target: { article: worked.id, locale: 'zh' }, exact: '十万', body: '十万之数可疑。' })
    const onWorked = await annotate(colleague.user!, { target: { article: worked.id, locale: 'en' }, exact: 'Sabsu', body: 'Which Sabsu?' })
    const onElsewhere = await annotate(colleague.user!, { target: { article: elsewhere.id, locale: 'en' }, exact: 'Argun' })
    const resolved = await annotate(colleague.user!, { target: { article: worked.id, locale: 'en' }, exact: 'Amur' })
    await t.payload.update({ collection: 'annotations', id: resolved.id, data: { status: 'resolved' }, user: editor.user, overrideAccess: false })

    const decided = await annotate(historian.user!, { target: { article: worked.id, locale: 'en' }, exact: 'Nerchinsk' })
    await t.payload.update({ collection: 'annotations', id: decided.id, data: { status: 'rejected' }, user: editor.user, overrideAccess: false })

    const seen = await lists(historian)
    expect(seen.mine).toContain(String(mine.id))
    expect(seen.mine).not.toContain(String(onWorked.id))
    expect(seen.onArticles).toContain(String(onWorked.id))
    expect(seen.onArticles).not.toContain(String(onElsewhere.id))
    expect(seen.onArticles).not.toContain(String(mine.id))
    expect(seen.awaiting).toEqual(expect.arrayContaining([String(mine.id), String(onWorked.id), String(onElsewhere.id)]))
    expect([...seen.mine, ...seen.onArticles, ...seen.awaiting]).not.toContain(String(resolved.id))
    expect(seen.rows.find((row) => row.id === String(decided.id))?.status).toBe('rejected')
    expect(seen.awaiting).not.toContain(String(decided.id))
    // Each row names its document, so the dashboard links to it at the annotation.
    expect(seen.rows.find((row) => row.id === String(mine.id))?.target).toMatchObject({ kind: 'article', id: String(worked.id), locale: 'zh' })
  })

  it('counts as worked on an article whose correction the editor resolved as applied', async () => {
    const article = await seedArticle(t.payload)
    const correction = await annotate(historian.user!, { target: { article: article.id, locale: 'en' }, exact: 'July 1686', motivation: 'correcting', body: null, suggestedReplacement: 'June 1686' })
    const later = await annotate(historian.user!, { target: { article: article.id, locale: 'en' }, exact: 'the embassies' })
    expect((await lists(editor)).onArticles).not.toContain(String(later.id))
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'en', draft: true, data: { body: body(EN[0]!, EN[1]!.replace('July', 'June'), EN[2]!), _status: 'draft' }, user: editor.user, overrideAccess: false })
    await t.payload.update({ collection: 'annotations', id: correction.id, data: { status: 'resolved' }, user: editor.user, overrideAccess: false })
    expect((await lists(editor)).onArticles).toContain(String(later.id))
  })

  it('tells the public nothing', async () => {
    expect((await restRaw(t.payload, { role: 'public' }, 'GET', '/annotations/open')).status).toBe(401)
  })
})
