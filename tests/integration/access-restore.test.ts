/**
 * Restoring an article version, as the role matrix says: a historian saves
 * drafts but never publishes or unpublishes, so restoring a version is a
 * draft (`draft=true`) or refused — through REST (POST
 * /api/articles/versions/:id) and GraphQL (restoreVersionArticle) alike —
 * and an editor may restore a version as published. English and Chinese.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { body } from './annotations/fixtures'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
const tokens: Record<'editor' | 'historian', string> = { editor: '', historian: '' }

beforeAll(async () => {
  t = await startPayload()
  for (const role of ['editor', 'historian'] as const) {
    const { email, password } = await createUser(t.payload, role)
    tokens[role] = (await t.payload.login({ collection: 'users', data: { email, password } })).token ?? ''
  }
})
afterAll(async () => t?.close())

async function call(path: string, token: string) {
  const response = await handleEndpoints({ config: t.payload.config, request: new Request(`http://localhost:3000/api${path}`, { method: 'POST', headers: { Authorization: `JWT ${token}` } }) })
  return { status: response.status, errors: undefined as unknown[] | undefined }
}
const restoreREST = (version: string, token: string, draft = false) => call(`/articles/versions/${version}${draft ? '?draft=true' : ''}`, token)
/** The version's id as a literal of the schema's id type (Int on SQLite, String on MongoDB). */
const idLiteral = (id: string) => (/^\d+$/.test(id) ? id : JSON.stringify(id))
async function restoreGraphQL(version: string, token: string, draft = false) {
  const query = `mutation { restoreVersionArticle(id: ${idLiteral(version)}, draft: ${draft}) { id _status } }`
  const response = await GRAPHQL_POST(t.payload.config)(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }))
  const json = (await response.json()) as { errors?: unknown[] }
  return { status: response.status, errors: json.errors }
}
/** Whether the restore was refused, as each API says it. */
const refusedBy = (api: 'REST' | 'GraphQL', answer: { status: number; errors?: unknown[] }) => (api === 'REST' ? answer.status === 403 : (answer.errors?.length ?? 0) > 0)
const succeeded = (api: 'REST' | 'GraphQL', answer: { status: number; errors?: unknown[] }) => (api === 'REST' ? answer.status === 200 : answer.errors === undefined)

const publicText = async (id: Article['id'], locale: 'en' | 'zh') => JSON.stringify((await t.payload.findByID({ collection: 'articles', id, locale, fallbackLocale: false, depth: 0, overrideAccess: false, disableErrors: true }))?.body ?? null)
const status = async (id: Article['id']) => (await t.payload.findByID({ collection: 'articles', id, depth: 0 }))._status

/** An article (titled in both languages) published twice in `locale`, first and second text, then unpublished when `unpublished`; the version of its first text. */
async function history(locale: 'en' | 'zh', first: string, second: string, unpublished = false) {
  const article = await t.payload.create({ collection: 'articles', locale: 'en', data: { title: `Albazin ${Math.random()}`, body: body(locale === 'en' ? first : 'The English account.'), _status: 'published' } })
  if (locale === 'zh') await t.payload.update({ collection: 'articles', id: article.id, locale, data: { title: '雅克萨', body: body(first), _status: 'published' } })
  const { docs } = await t.payload.findVersions({ collection: 'articles', where: { parent: { equals: article.id } }, sort: '-createdAt', limit: 1, depth: 0 })
  await t.payload.update({ collection: 'articles', id: article.id, locale, data: { body: body(second), _status: 'published' } })
  if (unpublished) await t.payload.update({ collection: 'articles', id: article.id, locale, data: { _status: 'draft' } })
  return { id: article.id, firstVersion: String(docs[0]!.id) }
}

describe('restoring an article version', () => {
  for (const [locale, first, second] of [
    ['en', 'The first published account of Albazin.', 'The second published account of Albazin.'],
    ['zh', '雅克萨之战的第一版记述。', '雅克萨之战的第二版记述。'],
  ] as const) {
    for (const [api, restore] of [
      ['REST', restoreREST],
      ['GraphQL', restoreGraphQL],
    ] as const) {
      it(`${locale}, ${api}: a historian cannot restore a published version as published; as a draft they may, and the published text stays`, async () => {
        const { id, firstVersion } = await history(locale, first, second)
        const before = await publicText(id, locale)
        const refused = await restore(firstVersion, tokens.historian)
        expect(refusedBy(api, refused), 'refused').toBe(true)
        expect(await publicText(id, locale)).toBe(before)
        expect(before).toContain(second)

        const drafted = await restore(firstVersion, tokens.historian, true)
        expect(succeeded(api, drafted), 'restored as a draft').toBe(true)
        expect(await publicText(id, locale)).toBe(before)
        const draft = await t.payload.findByID({ collection: 'articles', id, locale, fallbackLocale: false, draft: true, depth: 0 })
        expect(JSON.stringify(draft.body)).toContain(first)
      })

      it(`${locale}, ${api}: a historian cannot republish an unpublished article by restoring its published version; an editor can`, async () => {
        const { id, firstVersion } = await history(locale, first, second, true)
        expect(await status(id)).toBe('draft')
        const refused = await restore(firstVersion, tokens.historian)
        expect(refusedBy(api, refused)).toBe(true)
        expect(await status(id)).toBe('draft')
        expect(await publicText(id, locale)).toBe('null')

        const restored = await restore(firstVersion, tokens.editor)
        expect(succeeded(api, restored)).toBe(true)
        expect(await status(id)).toBe('published')
        expect(await publicText(id, locale)).toContain(first)
      })
    }
  }
})
