import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { citedWorkIds } from '@/lib/bibliography/works'
import type { EditorState } from '@/lib/richtext/walk'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
const tokens: Record<string, string> = {}

beforeAll(async () => {
  t = await startPayload()
  for (const role of ['editor', 'historian'] as const) {
    const account = await createUser(t.payload, role)
    tokens[role] = (await t.payload.login({ collection: 'users', data: { email: account.email, password: account.password } })).token ?? ''
  }
})
afterAll(async () => t?.close())

const merge = async (id: unknown, into: unknown, token?: string) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({ config: t.payload.config, request: new Request(`http://localhost:3000/api/citations/${String(id)}/merge`, { method: 'POST', headers, body: JSON.stringify({ into }) }) })
  return { status: response.status, body: (await response.json()) as { errors?: { message: string }[]; uses?: number; articles?: number } }
}

const cite = (id: string, work: unknown) => ({ type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'cite', citation: work, locatorType: 'page', locator: '7' } })
const body = (words: string, ...cites: unknown[]) =>
  ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: words, version: 1 }, ...cites] }] } }) as never
const work = (title: string) => t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: title }, issued: '1998' } })

describe('merging two works', () => {
  it('moves every use (both locales, the published version and the latest draft, the infobox) to the survivor in one go', async () => {
    const survivor = await work('Qing Colonial Enterprise')
    const duplicate = await work('Qing colonial enterprise: ethnicity and empire')
    const other = await work('新疆图志')
    const article = await t.payload.create({
      collection: 'articles',
      data: { title: 'Ili valley', _status: 'published', body: body('Published text.', cite('p1', duplicate.id)), infobox: { citations: [{ value: 'date', citation: duplicate.id as never }] } },
    })
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { title: '伊犁河谷', body: body('已发布。', cite('p2', duplicate.id), cite('p3', other.id)), _status: 'published' } })
    // A newer draft, with its own words, also citing the duplicate.
    await t.payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: 'Ili valley (draft)', body: body('Draft text.', cite('d1', duplicate.id), cite('d2', survivor.id)) } })
    const draftOnly = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'Kulja', _status: 'draft', body: body('Never published.', cite('k1', duplicate.id)) } })

    const merged = await merge(duplicate.id, survivor.id, tokens.editor)
    expect(merged.status).toBe(200)
    expect(merged.body.articles).toBe(2)

    const ids = (state: unknown) => citedWorkIds(state as EditorState)
    const publishedEn = await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
    const publishedZh = await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'zh', depth: 0 })
    const draftEn = await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true, depth: 0 })
    const draftZh = await t.payload.findByID({ collection: 'articles', id: article.id, locale: 'zh', draft: true, depth: 0 })
    const kulja = await t.payload.findByID({ collection: 'articles', id: draftOnly.id, draft: true, depth: 0 })
    expect(ids(publishedEn.body)).toEqual([String(survivor.id)])
    expect(ids(publishedZh.body)).toEqual([String(survivor.id), String(other.id)])
    expect(publishedEn.infobox?.citations?.map((row) => String(row.citation))).toEqual([String(survivor.id)])
    expect(publishedEn._status).toBe('published')
    // The editor's draft is still the latest, with its own words and title, its uses moved.
    expect(draftEn._status).toBe('draft')
    expect(draftEn.title).toBe('Ili valley (draft)')
    expect(ids(draftEn.body)).toEqual([String(survivor.id)])
    expect(ids(draftZh.body)).toEqual([String(survivor.id), String(other.id)])
    expect(draftEn.infobox?.citations?.map((row) => String(row.citation))).toEqual([String(survivor.id)])
    expect(ids(kulja.body)).toEqual([String(survivor.id)])
    // Nothing anywhere points at the merged-away work, and it redirects.
    const everything = await t.payload.find({ collection: 'articles', draft: true, locale: 'all', depth: 0, pagination: false })
    expect(JSON.stringify(everything.docs)).not.toMatch(new RegExp(`"citation":${JSON.stringify(duplicate.id)}[,}]`))
    const redirected = await t.payload.findByID({ collection: 'citations', id: duplicate.id, depth: 0 })
    expect(String(redirected.mergedInto)).toBe(String(survivor.id))
  })

  it('refuses a merge into itself, into a missing work or of a work merged already, changing nothing', async () => {
    const a = await work('Frontier')
    const b = await work('Frontier (copy)')
    const refused = async (id: unknown, into: unknown) => (await merge(id, into, tokens.editor)).body.errors?.[0]?.message
    expect(await refused(a.id, a.id)).toBe('A work cannot be merged into itself.')
    const missing = typeof a.id === 'number' ? 999_999 : '000000000000000000000000'
    expect(await refused(a.id, missing)).toBe(`There is no work ${missing} to merge into.`)
    expect((await t.payload.findByID({ collection: 'citations', id: a.id, depth: 0 })).mergedInto ?? null).toBeNull()
    expect((await merge(b.id, a.id, tokens.editor)).status).toBe(200)
    expect(await refused(b.id, a.id)).toMatch(/already merged/)
  })

  it('is for editors: historians can neither merge nor delete works', async () => {
    const a = await work('Tribute and trade')
    const b = await work('Tribute & trade')
    expect((await merge(a.id, b.id, tokens.historian)).status).toBe(403)
    expect((await merge(a.id, b.id)).status).toBe(401)
    const historian = (await t.payload.find({ collection: 'users', where: { roles: { contains: 'historian' } }, limit: 1 })).docs[0]!
    await expect(t.payload.delete({ collection: 'citations', id: a.id, user: { ...historian, collection: 'users' }, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(t.payload.update({ collection: 'citations', id: a.id, user: { ...historian, collection: 'users' }, overrideAccess: false, data: { mergedInto: b.id } })).resolves.toMatchObject({ mergedInto: null })
  })
})
