import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
const tokens: Record<string, string> = {}

beforeAll(async () => {
  t = await startPayload()
  for (const role of ['historian', 'editor'] as const) {
    const account = await createUser(t.payload, role)
    tokens[role] = (await t.payload.login({ collection: 'users', data: { email: account.email, password: account.password } })).token ?? ''
  }
})
afterAll(async () => t?.close())

async function rest(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  const response = await handleEndpoints({ config: t.payload.config, request: new Request(`http://localhost:3000/api${path}`, { ...init, headers }) })
  return { status: response.status, type: response.headers.get('Content-Type'), text: await response.text() }
}
const post = (path: string, body: unknown, token = tokens.historian) => rest(path, { method: 'POST', token, body: JSON.stringify(body) }).then((r) => ({ ...r, json: JSON.parse(r.text) }))
const workCount = async () => (await t.payload.count({ collection: 'citations' })).totalDocs

const BIBTEX = `@book{morrison2020,
  author = {Morrison, Alexander},
  title = {The Russian Conquest of Central Asia},
  publisher = {Cambridge University Press},
  address = {Cambridge},
  year = {2020},
  isbn = {1107030307}
}
@book{wei1842,
  author = {{魏源}},
  title = {聖武記},
  year = {1842}
}
@article{bartold1927,
  author = {Бартольд, Василий},
  title = {История культурной жизни Туркестана},
  journal = {Вестник},
  year = {1927},
  pages = {45--67}
}`

describe('importing works', () => {
  it('previews what will be created and what matches a recorded work (ISBN-10 against the stored ISBN-13), writing nothing', async () => {
    const existing = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'The Russian conquest of Central Asia: a study in imperial expansion' }, isbn: '978-1-107-03030-5', issued: '2020' } })
    const before = await workCount()
    const preview = await post('/citations/exchange/preview', { text: BIBTEX })
    expect(preview.status).toBe(200)
    expect(preview.json.entries.map((entry: { label: string; action: string; match?: { id: unknown } }) => [entry.label, entry.action, entry.match && String(entry.match.id)])).toEqual([
      ['morrison2020 (“The Russian Conquest of Central Asia”)', 'match', String(existing.id)],
      ['wei1842 (“聖武記”)', 'create', undefined],
      ['bartold1927 (“История культурной жизни Туркестана”)', 'create', undefined],
    ])
    expect(await workCount()).toBe(before)

    const imported = await post('/citations/exchange/import', { text: BIBTEX })
    expect(imported.status).toBe(201)
    expect(imported.json).toMatchObject({ created: 2, matched: 1 })
    expect(await workCount()).toBe(before + 2)
    const bartold = await t.payload.findByID({ collection: 'citations', id: imported.json.ids[2] })
    expect(bartold).toMatchObject({ type: 'article-journal', containerTitle: 'Вестник', pages: '45-67', issued: '1927', authors: [{ family: 'Бартольд', given: 'Василий', role: 'author' }] })
    // The same text again creates nothing.
    expect((await post('/citations/exchange/import', { text: BIBTEX })).json).toMatchObject({ created: 0, matched: 3 })
  })

  it('refuses malformed input with the line or field and creates nothing, not even the good entries before it', async () => {
    const before = await workCount()
    const bibtex = await post('/citations/exchange/import', { text: '@book{a,\n  title = {Fine},\n  year = {2001}\n}\n@book{b,\n  title = {Broken}\n  year = {2002}\n}' })
    expect(bibtex.status).toBe(400)
    expect(bibtex.json.errors[0].message).toMatch(/^BibTeX: .*line 7/)
    const isbn = await post('/citations/exchange/import', { text: '[{"id": "ok", "type": "book", "title": "新疆图志"}, {"id": "bad", "type": "book", "title": "Frontier", "ISBN": "978-1-107-03030-6"}]' })
    expect(isbn.status).toBe(400)
    expect(isbn.json.errors[0].message).toMatch(/^bad \(“Frontier”\): ISBN 978-1-107-03030-6/)
    const ris = await post('/citations/exchange/import', { text: 'TY  - BOOK\nTI  - Open record' })
    expect(ris.json.errors[0].message).toMatch(/no end/)
    expect(await workCount()).toBe(before)
  })

  it('is for staff', async () => {
    expect((await rest('/citations/exchange/preview', { method: 'POST', body: JSON.stringify({ text: BIBTEX }) })).status).toBe(401)
  })
})

describe('exporting an article’s works', () => {
  it('gives BibTeX, RIS and CSL-JSON that import back creating nothing; public for published articles, staff for drafts', async () => {
    const book = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Qing Colonial Enterprise' }, authors: [{ family: 'Millward', given: 'James A.' }], issued: '1998', isbn: '0804729336', publisher: 'Stanford University Press' } })
    const chinese = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: '西域图志' }, authors: [{ literal: '傅恒', romanized: 'Fu Heng' }], issued: '1782' } })
    const cite = (id: string, work: unknown) => ({ type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'cite', citation: work, locatorType: 'page', locator: '3' } })
    const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Text.', version: 1 }, ...children] }] } }) as never
    const article = await t.payload.create({ collection: 'articles', draft: true, data: { title: 'Ili', _status: 'draft', body: body(cite('a', book.id)) } })
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'zh', draft: true, data: { title: '伊犁', body: body(cite('b', chinese.id), cite('c', book.id)) } })

    expect((await rest(`/articles/${article.id}/bibliography?format=bibtex`)).status).toBe(404)
    const draft = await rest(`/articles/${article.id}/bibliography?format=csl-json`, { token: tokens.historian })
    expect(draft.type).toMatch(/csl\+json/)
    expect(JSON.parse(draft.text).map((item: { title: string }) => item.title)).toEqual(['Qing Colonial Enterprise', '西域图志'])
    expect((await rest(`/articles/${article.id}/bibliography?format=endnote`, { token: tokens.historian })).status).toBe(400)

    await t.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    const before = await workCount()
    for (const format of ['bibtex', 'ris', 'csl-json']) {
      const exported = await rest(`/articles/${article.id}/bibliography?format=${format}`)
      expect(exported.status).toBe(200)
      const again = await post('/citations/exchange/import', { text: exported.text, format })
      expect(again.json, format).toMatchObject({ created: 0, matched: 2 })
    }
    expect(await workCount()).toBe(before)

    const record = await rest(`/citations/${book.id}/record?format=bibtex`)
    expect(record.text).toMatch(/^@book\{Millward1998,[\s\S]*isbn = \{978-0-8047-2933-8\}/)
  })
})
