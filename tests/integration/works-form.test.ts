/**
 * The work form's data rules and helpers, through the Local API and the REST endpoints: fields
 * required per CSL type (refused with the reason, nothing written), an ISBN with a wrong check
 * digit refused, the formatted preview in English and Chinese, "where cited" from the current
 * drafts, verifications stamped by the server, likely duplicates for the form and the importer's
 * candidate pairs, and merge refusals with their status.
 */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import { documentFile, frontierArticle, manifestFor } from './import/documents'
import { createUser, refusal, startPayload, type TestPayload } from './payload'

let t: TestPayload
const tokens: Record<string, string> = {}
const users: Record<string, Awaited<ReturnType<typeof createUser>>['user']> = {}

beforeAll(async () => {
  t = await startPayload()
  for (const role of ['editor', 'historian'] as const) {
    const account = await createUser(t.payload, role)
    users[role] = account.user
    tokens[role] = (await t.payload.login({ collection: 'users', data: { email: account.email, password: account.password } })).token ?? ''
  }
})
afterAll(async () => t?.close())

async function call(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, token?: string) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({ config: t.payload.config, request: new Request(`http://localhost:3000/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { errors?: { message: string }[] } }
}

const count = async () => (await t.payload.count({ collection: 'citations' })).totalDocs

describe('fields required by the type', () => {
  it('refuses a chapter without its book, a manuscript without its repository, a web page without its URL, a dataset without URL or DOI — and writes nothing', async () => {
    const before = await count()
    const create = (data: Record<string, unknown>) => t.payload.create({ collection: 'citations', data: { title: { original: 'Untitled' }, ...data } as never })
    expect(await refusal(create({ type: 'chapter' }))).toMatch(/A book chapter needs the journal, book or site it appears in/)
    expect(await refusal(create({ type: 'manuscript' }))).toMatch(/needs the repository/)
    expect(await refusal(create({ type: 'webpage' }))).toMatch(/A web page needs a URL/)
    expect(await refusal(create({ type: 'dataset' }))).toMatch(/A dataset needs a URL or a DOI/)
    expect(await refusal(create({ type: 'thesis' }))).toMatch(/A thesis needs the publisher or institution/)
    expect(await count()).toBe(before)
  })

  it('takes each type with what it needs, and a book with a title alone', async () => {
    const manuscript = await t.payload.create({ collection: 'citations', data: { type: 'manuscript', title: { original: '伊犁将军奏折' }, archive: '中国第一历史档案馆', archiveLocation: '03-0178-012' } as never })
    expect(manuscript).toMatchObject({ archive: '中国第一历史档案馆', archiveLocation: '03-0178-012' })
    await expect(t.payload.create({ collection: 'citations', data: { type: 'dataset', title: { original: 'Qing garrison rolls' }, doi: '10.7910/DVN/ABC123' } as never })).resolves.toBeTruthy()
    await expect(t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Frontier Posts' } } })).resolves.toBeTruthy()
  })

  it('refuses an ISBN typed with a wrong check digit, saying which digit it should be', async () => {
    const before = await count()
    const message = await refusal(t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Bad ISBN' }, isbn: '978-0-521-47771-1' } }))
    expect(message).toBe('ISBN check digit wrong: "978-0-521-47771-1" (its other digits call for 0).')
    expect(await count()).toBe(before)
  })
})

describe('the formatted preview', () => {
  it('formats the unsaved form values as the site does, in English and Chinese, and writes nothing', async () => {
    const before = await count()
    const work = { type: 'book', authors: [{ family: 'Wei', given: 'Yuan', literal: '魏源', role: 'author' }], title: { original: '圣武记', romanized: 'Shengwu ji', translated: 'Record of sacred military campaigns' }, publisher: '中华书局', publisherPlace: '北京', issued: '1984' }
    const { status, body } = await call('POST', '/citations/format-preview', { work }, tokens.historian)
    expect(status).toBe(200)
    const en = body.en as { note: string; shortNote: string; bibliography: string }
    const zh = body.zh as typeof en
    expect(en.note).toContain('Wei Yuan 魏源')
    expect(en.note).toContain('Shengwu ji 圣武记')
    expect(en.note).toContain('[Record of sacred military campaigns]')
    expect(en.note).toContain('1984')
    expect(en.shortNote).not.toContain('1984')
    expect(en.bibliography.startsWith('Wei Yuan 魏源.')).toBe(true)
    expect(zh.note).toContain('中华书局')
    expect(await count()).toBe(before)
  })

  it('changes as the form changes: a journal article gets its journal and pages', async () => {
    const work = { type: 'article-journal', authors: [{ family: 'Newby', given: 'Laura J.' }], title: { original: 'The Begs of Xinjiang' }, containerTitle: 'Central Asian Survey', volume: '17', issue: '2', pages: '279-300', issued: '1998' }
    const { body } = await call('POST', '/citations/format-preview', { work }, tokens.historian)
    expect((body.en as { note: string }).note).toMatch(/“The Begs of Xinjiang,” <i>Central Asian Survey<\/i> 17, no\. 2 \(1998\)/)
  })

  it('reads the form as the admin sends it (an array without rows as its count), never failing on it', async () => {
    const { status, body } = await call('POST', '/citations/format-preview', { work: { type: 'book', authors: 0, verifications: 0, title: { original: 'Frontier Posts' }, issued: '1994' } }, tokens.historian)
    expect(status).toBe(200)
    expect((body.en as { bibliography: string }).bibliography).toMatch(/^<i>Frontier Posts<\/i>\W+1994\.$/)
    expect((await call('POST', '/citations/duplicates', { work: { authors: 0, title: { original: 'Frontier Posts' } } }, tokens.historian)).status).toBe(200)
  })

  it('refuses a preview without an original title, or from the public', async () => {
    expect((await call('POST', '/citations/format-preview', { work: { type: 'book', title: { original: ' ' } } }, tokens.historian)).status).toBe(400)
    expect((await call('POST', '/citations/format-preview', { work: { type: 'book', title: { original: 'A' } } })).status).toBe(401)
  })
})

const cite = (id: string, work: unknown, locator?: string) => ({ type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'cite', citation: work, locatorType: 'page', locator } })
const paragraph = (words: string, ...cites: unknown[]) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text: words, version: 1 }, ...cites] })
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }) as never

describe('where cited', () => {
  it('lists the passages, locators and infobox values citing the work in the latest drafts of both locales', async () => {
    const work = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'The Argun Posts' }, issued: '1994' } })
    const other = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Other Posts' } } })
    const article = await t.payload.create({
      collection: 'articles',
      data: { title: 'Argun garrison', _status: 'published', body: body(paragraph('Published words.', cite('a1', work.id, '3'))), infobox: { citations: [{ value: 'date', citation: work.id as never, locator: '45' }] } },
    })
    await t.payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { title: '额尔古纳哨所', body: body(paragraph('哨所建于康熙年间。', cite('z1', work.id, '17'))), _status: 'published' } })
    // The latest draft has other words: where-cited follows it, not the published version.
    await t.payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: 'Argun garrison', body: body(paragraph('Nothing cited here.'), paragraph('The posts were manned by Cossacks.', cite('d1', work.id, '12–14'), cite('d2', other.id))) } })

    const { status, body: answer } = await call('GET', `/citations/${String(work.id)}/where-cited`, undefined, tokens.historian)
    expect(status).toBe(200)
    expect(answer.uses).toEqual([
      { kind: 'citation', article: String(article.id), title: 'Argun garrison', locale: 'en', block: 1, passage: 'The posts were manned by Cossacks.', locator: '12–14', locatorType: 'page' },
      { kind: 'citation', article: String(article.id), title: '额尔古纳哨所', locale: 'zh', block: 0, passage: '哨所建于康熙年间。', locator: '17', locatorType: 'page' },
      { kind: 'infobox', article: String(article.id), title: 'Argun garrison', locale: null, block: null, passage: 'date', locator: '45', locatorType: null },
    ])
    expect((await call('GET', `/citations/${String(other.id)}/where-cited`, undefined, tokens.historian)).body.uses).toHaveLength(1)
  })

  it('answers 404 for a missing work and 401 to the public', async () => {
    const missing = typeof users.editor?.id === 'number' ? 999_999 : '000000000000000000000000'
    expect((await call('GET', `/citations/${missing}/where-cited`, undefined, tokens.historian)).status).toBe(404)
    const work = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Quiet' } } })
    expect((await call('GET', `/citations/${String(work.id)}/where-cited`)).status).toBe(401)
  })
})

describe('verifications', () => {
  it('records who and when on the server, whatever is sent, and keeps an earlier check as it was', async () => {
    const work = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Checked book' } } })
    const forged = '2001-01-01T00:00:00.000Z'
    const savedFrom = new Date().toISOString()
    const first = await t.payload.update({
      collection: 'citations',
      id: work.id,
      user: users.historian,
      overrideAccess: false,
      data: { verifications: [{ edition: '1998', pages: '12-40', by: users.editor?.id as never, at: forged }] },
    })
    const [row] = first.verifications ?? []
    expect(String(typeof row?.by === 'object' ? row?.by?.id : row?.by)).toBe(String(users.historian?.id))
    expect(row?.at).not.toBe(forged)
    expect((row?.at ?? '') >= savedFrom).toBe(true)

    // An editor adds a second check and tries to rewrite the first one's author and date.
    const second = await t.payload.update({
      collection: 'citations',
      id: work.id,
      user: users.editor,
      overrideAccess: false,
      depth: 0,
      data: { verifications: [{ ...row, by: users.editor?.id as never, at: forged }, { edition: '2005 reprint', pages: '7' }] },
    })
    expect(second.verifications?.map((check) => [String(check.by), check.edition])).toEqual([
      [String(users.historian?.id), '1998'],
      [String(users.editor?.id), '2005 reprint'],
    ])
    expect(second.verifications?.[0]?.at).toBe(row?.at)
  })

  it('shows the public that a historian checked, not which account', async () => {
    const work = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Publicly checked' } } })
    await t.payload.update({ collection: 'citations', id: work.id, user: users.historian, overrideAccess: false, data: { verifications: [{ edition: '1984' }] } })
    const seen = await t.payload.findByID({ collection: 'citations', id: work.id, overrideAccess: false, depth: 0 })
    expect(seen.verifications?.[0]?.edition).toBe('1984')
    expect(seen.verifications?.[0]?.by).toBeUndefined()
  })
})

describe('likely duplicates', () => {
  it('finds, for the form, a work with the same book’s other ISBN, the same DOI, the same names + title + year, or a similar title', async () => {
    const byIsbn = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'A History of the Peoples of Siberia' }, isbn: '0-521-47771-9', issued: '1992' } })
    const byDoi = await t.payload.create({ collection: 'citations', data: { type: 'article-journal', title: { original: 'Begs' }, containerTitle: 'CAS', doi: '10.1080/02634939808401036' } })
    const byName = await t.payload.create({ collection: 'citations', data: { type: 'book', authors: [{ family: 'Kang', given: 'Xi' }], title: { original: '亲征平定朔漠方略' }, issued: '1708' } })
    const merged = await t.payload.create({ collection: 'citations', data: { type: 'book', authors: [{ family: 'Kang' }], title: { original: '亲征平定朔漠方略' }, issued: '1708' } })
    await t.payload.update({ collection: 'citations', id: merged.id, data: { mergedInto: byName.id } as never })

    const candidates = async (work: unknown, id?: unknown) => ((await call('POST', '/citations/duplicates', { work, id }, tokens.historian)).body.candidates as { id: unknown; reason: string }[]).map((c) => [String(c.id), c.reason])
    expect(await candidates({ type: 'book', title: { original: 'Peoples of Siberia' }, isbn: '9780521477710' })).toEqual([[String(byIsbn.id), 'isbn']])
    expect(await candidates({ type: 'article-journal', title: { original: 'Other' }, doi: 'https://doi.org/10.1080/02634939808401036' })).toEqual([[String(byDoi.id), 'doi']])
    expect(await candidates({ type: 'book', authors: [{ family: 'Kang' }], title: { original: '親征平定朔漠方略' }, issued: '1708' })).toEqual([[String(byName.id), 'names-title-year']])
    expect(await candidates({ type: 'book', authors: [{ family: 'Kang' }], title: { original: '亲征平定朔漠方略：卷一' }, issued: '1708' })).toEqual([[String(byName.id), 'similar']])
    // A saved work is not its own duplicate.
    expect(await candidates({ type: 'book', title: { original: 'Peoples of Siberia' }, isbn: '9780521477710' }, byIsbn.id)).toEqual([])
    expect(await candidates({ type: 'book', title: { original: 'Unrelated' }, issued: '1999' })).toEqual([])
  })

  it('has the importer flag a work it creates beside a likely duplicate under another key, for an editor', async () => {
    const { payload } = t
    const existing = await payload.create({ collection: 'citations', data: { type: 'book', authors: [{ family: 'Golovin' }], title: { original: 'Zapiski o Nerchinske' }, issued: '1989' } })
    const title = 'Nerchinsk Garrison'
    const slug = 'nerchinsk-garrison'
    await importDocument(payload, documentFile(`${slug}.txt`, frontierArticle(title, { notes: ['Golovin, Petr. Zapiski o Nerchinske: vospominaniia. Moscow: Nauka, 1989.'] }), manifestFor(title, `https://wiki.test/${slug}`)))
    const { docs } = await payload.find({ collection: 'citations', depth: 0, where: { 'title.original': { like: 'Zapiski o Nerchinske:' } } })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.possibleDuplicates?.map(String)).toEqual([String(existing.id)])
  })
})

describe('merge refusals', () => {
  it('refuses a merge into itself (400) or into a missing work (404), changing nothing; a historian may not merge (403)', async () => {
    const a = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Kept as it was' } } })
    const b = await t.payload.create({ collection: 'citations', data: { type: 'book', title: { original: 'Kept as well' } } })
    const missing = typeof a.id === 'number' ? 999_999 : '000000000000000000000000'
    const self = await call('POST', `/citations/${String(a.id)}/merge`, { into: a.id }, tokens.editor)
    expect([self.status, self.body.errors?.[0]?.message]).toEqual([400, 'A work cannot be merged into itself.'])
    const gone = await call('POST', `/citations/${String(a.id)}/merge`, { into: missing }, tokens.editor)
    expect([gone.status, gone.body.errors?.[0]?.message]).toEqual([404, `There is no work ${missing} to merge into.`])
    expect((await call('POST', `/citations/${String(a.id)}/merge`, { into: b.id }, tokens.historian)).status).toBe(403)
    for (const work of [a, b]) expect((await t.payload.findByID({ collection: 'citations', id: work.id, depth: 0 })).mergedInto ?? null).toBeNull()
  })
})
