import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { QueueRow } from '@/lib/sourcing/queue'
import { createUser, startPayload, type TestPayload } from './payload'
import { SOURCE_IMPORT } from '@/collections/sources/hooks/computedFlags'

let t: TestPayload
const tokens: Record<string, string> = {}
let historian: Awaited<ReturnType<typeof createUser>>['user']

beforeAll(async () => {
  t = await startPayload()
  for (const role of ['historian', 'editor'] as const) {
    const account = await createUser(t.payload, role)
    if (role === 'historian') historian = account.user
    tokens[role] = (await t.payload.login({ collection: 'users', data: { email: account.email, password: account.password } })).token ?? ''
  }
})
afterAll(async () => t?.close())

const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
const cite = (id: string, work: unknown) => ({ type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'cite', citation: work, locatorType: 'page', locator: '12' } })
const needed = (id: string) => ({ type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'citationNeeded' } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children })
// As the admin sends it; typed loosely, as the JSON it is.
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }) as never

async function rest(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  const response = await handleEndpoints({ config: t.payload.config, request: new Request(`http://localhost:3000/api${path}`, { ...init, headers }) })
  return { status: response.status, body: (await response.json()) as { docs?: QueueRow[]; doc?: Record<string, unknown>; errors?: { message: string }[] } }
}

const queue = async (query = '') => (await rest(`/articles/sourcing-queue${query}`, { token: tokens.historian })).body.docs ?? []

describe('the sourcing queue', () => {
  it('is for staff only', async () => {
    expect((await rest('/articles/sourcing-queue')).status).toBe(401)
  })

  it('lists what a draft needs in each locale, and drops a passage as soon as a historian cites it', async () => {
    const work = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'The Russian Conquest of Central Asia' }, authors: [{ family: 'Morrison', given: 'Alexander' }], issued: '2020' } })
    const article = await t.payload.create({
      collection: 'articles',
      user: historian,
      overrideAccess: false,
      draft: true,
      data: { title: 'Siege of Tasgan', _status: 'draft', body: body(paragraph(text('The fort held out for a week.')), paragraph(text('Relief came from the north.'), cite('c1', work.id))) },
    })
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'zh', draft: true, user: historian, overrideAccess: false, data: { title: '塔斯甘之围', body: body(paragraph(text('守军坚持了一周。'), needed('n1'))) } })

    const rows = await queue(`?article=${article.id}`)
    expect(rows.map((row) => [row.kind, row.locale, row.text, row.article?.block])).toEqual([
      ['uncited-paragraph', 'en', 'The fort held out for a week.', 0],
      ['citation-needed', 'zh', '守军坚持了一周。', 0],
    ])
    expect((await queue(`?article=${article.id}&locale=zh`)).map((row) => row.kind)).toEqual(['citation-needed'])
    expect((await queue(`?article=${article.id}&kind=uncited-paragraph`)).map((row) => row.locale)).toEqual(['en'])
    // The articles list's count, per locale.
    const counted = await t.payload.findByID({ collection: 'articles', id: article.id, draft: true, locale: 'all', depth: 0 })
    expect(counted.needsSource).toEqual({ en: 1, zh: 1 })

    // The historian cites the passage in a draft save through REST, as the admin does.
    const saved = await rest(`/articles/${article.id}?draft=true&locale=en`, {
      method: 'PATCH',
      token: tokens.historian,
      body: JSON.stringify({ body: body(paragraph(text('The fort held out for a week.'), cite('c2', work.id)), paragraph(text('Relief came from the north.'), cite('c1', work.id))) }),
    })
    expect(saved.status).toBe(200)
    expect((await queue(`?article=${article.id}`)).map((row) => row.locale)).toEqual(['zh'])
    expect((await t.payload.findByID({ collection: 'articles', id: article.id, draft: true, locale: 'en', depth: 0 })).needsSource).toBe(0)
  })

  it('shows a citation of a deleted work as a citation with no work', async () => {
    const work = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: '新疆图志' }, issued: '1911' } })
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'Xinjiang gazetteer', _status: 'draft', body: body(paragraph(text('伊犁将军驻惠远城。'), cite('c3', work.id))) } })
    expect(await queue(`?article=${article.id}`)).toEqual([])
    await t.payload.delete({ collection: 'citations', id: work.id })
    expect((await queue(`?article=${article.id}`)).map((row) => [row.kind, row.text])).toEqual([['dangling-citation', '伊犁将军驻惠远城。']])
  })

  it('counts an importer flag on a source as resolved once its passage is cited in the article drafted from it', async () => {
    const passage = 'The garrison of Fort Tasgan numbered four hundred men.'
    const rawText = `${passage}\n\nA second paragraph.`
    // Written as the importer writes a source (flags are computed: any other write keeps none).
    const source = await t.payload.create({
      collection: 'sources',
      context: { [SOURCE_IMPORT]: true },
      data: {
        title: 'Tasgan chronicle',
        language: 'en',
        kind: 'secondary',
        rawText,
        segments: [
          { segmentId: 'p-1', kind: 'paragraph', sectionPath: '', text: passage, start: 0, end: passage.length },
          { segmentId: 'p-2', kind: 'paragraph', sectionPath: '', text: 'A second paragraph.', start: passage.length + 2, end: rawText.length },
        ],
        flags: [
          { kind: 'unsourced-paragraph', segmentId: 'p-1', message: 'No citation supports this paragraph.' },
          { kind: 'unsourced-paragraph', segmentId: 'p-2', message: 'No citation supports this paragraph.' },
        ],
      },
    })
    const work = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Tasgan papers' } } })
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'Fort Tasgan', _status: 'draft', sources: [source.id], body: body(paragraph(text(passage))) } })
    const fromSource = async () => (await queue()).filter((row) => String(row.source?.id) === String(source.id)).map((row) => row.text)
    const ofArticle = async () => (await queue(`?article=${article.id}`)).map((row) => row.text)
    // The rewritten second paragraph is not in the article: its flag stays, in words; the first is the article's own row, once.
    expect(await fromSource()).toEqual(['A second paragraph.'])
    expect(await ofArticle()).toEqual([passage])
    await t.payload.update({ collection: 'articles', id: article.id, draft: true, data: { body: body(paragraph(text(passage), cite('c4', work.id))) } })
    expect(await fromSource()).toEqual(['A second paragraph.'])
    expect(await ofArticle()).toEqual([])
  })
})
