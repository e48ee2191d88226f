/**
 * The historian's side of an inline citation: the chip's short cites and full
 * references (GET /api/citations/short-cites), the work search the citation
 * drawer's picker and the Works cited list run (`where[searchText][like]`),
 * kept on every write path, and locators that are no page, chapter or folio
 * form refused on every save path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ShortCiteEntry } from '@/lib/cite/shortCite'
import { graphqlClient, restBulkUpdate, restLogin, restRaw, type Actor, type Id } from './access/clients'
import { GRAPHQL_SELECTION } from './access/fixtures'
import { createUser, refusal, startPayload, type TestPayload } from './payload'

let t: TestPayload
let historian: Actor
const run = Math.random().toString(36).slice(2, 8)

beforeAll(async () => {
  t = await startPayload()
  const account = await createUser(t.payload, 'historian')
  historian = { role: 'historian', user: account.user, token: await restLogin(t.payload, account.email, account.password) }
})
afterAll(async () => t?.close())

const createWork = async (data: Record<string, unknown>) => (await t.payload.create({ collection: 'citations', data: data as never })).id

/** The ids of works the admin's search finds, sent as the list and its drawer send it (listSearchableFields: `or` of `like`). */
async function search(typed: string): Promise<string[]> {
  const response = await restRaw(t.payload, historian, 'GET', `/citations?depth=0&limit=100&where[or][0][searchText][like]=${encodeURIComponent(typed)}`)
  expect(response.status).toBe(200)
  return (response.body.docs as { id: Id }[]).map((doc) => String(doc.id))
}

describe('GET /api/citations/short-cites', () => {
  let kang: string
  let kangZh: string

  beforeAll(async () => {
    kang = String(await createWork({ type: 'book', authors: [{ family: `Kang${run}`, given: 'David C.' }], title: { original: 'East Asia before the West' }, publisher: 'Columbia University Press', publisherPlace: 'New York', issued: '2013', language: 'en' }))
    kangZh = String(await createWork({ type: 'book', authors: [{ family: '康', given: `右铭${run}` }], title: { original: '清代西北边疆研究' }, publisher: '中华书局', publisherPlace: '北京', issued: '2013' }))
  })

  const shortCites = async (query: string) => restRaw(t.payload, historian, 'GET', `/citations/short-cites?${query}`)

  it('gives each work its short head and full Chicago reference, in one request, leaving out unknown ids', async () => {
    const response = await shortCites(`ids=${kang},${kangZh},${kang}999999&locale=en`)
    expect(response.status).toBe(200)
    const docs = response.body.docs as ShortCiteEntry[]
    expect(docs.map((doc) => doc.id).sort()).toEqual([kang, kangZh].sort())
    const byId = new Map(docs.map((doc) => [doc.id, doc]))
    expect(byId.get(kang)!.head).toEqual({ text: `Kang${run} 2013`, chinese: false })
    expect(byId.get(kang)!.reference).toBe(`Kang${run}, David C. <i>East Asia before the West</i>. New York: Columbia University Press, 2013.`)
    expect(byId.get(kangZh)!.head).toEqual({ text: '康 2013', chinese: true })
    expect(byId.get(kangZh)!.reference).toBe(`康右铭${run}. 清代西北边疆研究. 北京: 中华书局, 2013.`)
  })

  it('formats the reference in the locale asked for', async () => {
    const edited = String(await createWork({ type: 'book', authors: [{ family: 'Petrova', given: 'Anna', role: 'editor' }], title: { original: `Frontier Essays ${run}` }, issued: '1994' }))
    const [en, zh] = await Promise.all(['en', 'zh'].map(async (locale) => ((await shortCites(`ids=${edited}&locale=${locale}`)).body.docs as ShortCiteEntry[])[0]!.reference))
    expect(en).toContain('Petrova, Anna, ed.')
    expect(zh).toContain('Petrova, Anna, 编.')
  })

  it('answers the works of a long article in one request', async () => {
    const ids = await Promise.all(Array.from({ length: 60 }, (_, index) => createWork({ type: 'book', authors: [{ family: `Batch${index}` }], title: { original: `Batch work ${run} ${index}` }, issued: String(1800 + index) })))
    const response = await shortCites(`ids=${ids.join(',')}&locale=zh`)
    expect((response.body.docs as ShortCiteEntry[]).map((doc) => doc.head.text).sort()).toEqual(ids.map((_, index) => `Batch${index} ${1800 + index}`).sort())
  })

  it('refuses a request without ids, with too many, or in an unknown locale, saying why', async () => {
    expect((await shortCites('locale=en')).body).toEqual({ errors: [{ message: 'Name the works as ids=a,b,c.' }] })
    const many = await shortCites(`ids=${Array.from({ length: 201 }, (_, index) => index + 1).join(',')}`)
    expect(many.status).toBe(400)
    expect(JSON.stringify(many.body)).toContain('at most 200 works')
    expect((await shortCites(`ids=${kang}&locale=fr`)).status).toBe(400)
  })
})

describe('the work search (where[searchText][like], as the admin sends it)', () => {
  let perdue: string
  let ma: string
  beforeAll(async () => {
    perdue = String(await createWork({ type: 'book', authors: [{ family: `Perdue${run}`, given: 'Peter C.' }], title: { original: `China Marches West ${run}`, translated: '中国西进' }, issued: '2005', isbn: '978-0-674-01684-2' }))
    ma = String(await createWork({ type: 'article-journal', authors: [{ family: '馬', given: `大正${run}`, romanized: 'Ma Dazheng' }], title: { original: `清代的西北邊疆${run}`, romanized: 'Qingdai de xibei bianjiang', translated: 'The northwest frontier under the Qing' }, containerTitle: '中国边疆史地研究', issued: '1999-06' }))
  })

  it('finds a work by family or given name, title in each form, or year', async () => {
    expect(await search(`Perdue${run}`)).toEqual([perdue])
    expect(await search(`peter perdue${run} 2005`)).toEqual([perdue])
    expect(await search(`Perdue${run} 2006`)).toEqual([])
    expect(await search(`marches west ${run}`)).toEqual([perdue])
    expect(await search(`中国西进`)).toContain(perdue)
  })

  it('finds a Chinese work from any part of a name or title, in either script, without spaces', async () => {
    expect(await search(`马大正${run}`)).toEqual([ma])
    expect(await search(`大正${run}`)).toEqual([ma])
    // Each word of the search is found on its own, so "西北边疆" + the run's mark also finds the other run's work titled 清代西北边疆研究.
    expect(await search(`清代的西北边疆${run}`)).toEqual([ma])
    expect(await search(`的西北邊疆${run}`)).toEqual([ma])
    expect(await search(`大正${run} 1999`)).toEqual([ma])
    expect(await search(`northwest frontier 大正${run}`)).toEqual([ma])
  })

  it('finds a book by its ISBN-13 or ISBN-10, with or without hyphens', async () => {
    for (const typed of ['9780674016842', '978-0-674-01684-2', '978-0674016842', '067401684X', '0-674-01684-x']) expect(await search(typed), typed).toEqual([perdue])
    expect(await search('9780674016859')).toEqual([])
  })

  it('follows every write: an update through REST, a bulk update, GraphQL and an import', async () => {
    const id = await createWork({ type: 'book', authors: [{ family: `Before${run}` }], title: { original: `A moving record ${run}` }, issued: '1901' })
    expect((await restRaw(t.payload, historian, 'PATCH', `/citations/${id}`, { authors: [{ family: `Rest${run}` }] })).status).toBe(200)
    expect(await search(`Rest${run}`)).toEqual([String(id)])
    expect(await search(`Before${run}`)).toEqual([])
    // A change of one field keeps what the others contribute.
    expect((await restRaw(t.payload, historian, 'PATCH', `/citations/${id}`, { issued: '1902' })).status).toBe(200)
    expect(await search(`Rest${run} 1902`)).toEqual([String(id)])

    expect((await restBulkUpdate(t.payload, historian, 'citations', id, { authors: [{ family: `Bulk${run}` }] })).status).toBe(200)
    expect(await search(`Bulk${run}`)).toEqual([String(id)])

    const graphql = await graphqlClient(t.payload, GRAPHQL_SELECTION)
    expect((await graphql.update(historian, 'citations', id, { title: { original: `A moving record ${run}` }, authors: [{ family: `Graph${run}` }] })).ok).toBe(true)
    expect(await search(`Graph${run}`)).toEqual([String(id)])

    const bibtex = `@book{imported${run},\n  author = {Imported${run}, Anna},\n  title = {A bibtex book ${run}},\n  year = {1950},\n  isbn = {978-0-231-15318-8}\n}\n`
    const imported = await restRaw(t.payload, historian, 'POST', '/citations/exchange/import', { text: bibtex, format: 'bibtex' })
    expect(imported.status).toBe(201)
    expect(await search(`Imported${run} 1950`)).toHaveLength(1)
    expect(await search(`023115318X Imported${run}`)).toHaveLength(1)
  })

  it('is not a field anyone writes: what is sent is replaced by what the work says', async () => {
    const id = await createWork({ type: 'book', title: { original: `Plain ${run}` }, searchText: `forged${run}` })
    expect(await search(`forged${run}`)).toEqual([])
    expect(await search(`Plain ${run}`)).toEqual([String(id)])
  })
})

describe('citation locators', () => {
  const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children })
  const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
  const cite = (work: Id, locatorType: string, locator: string) => ({ type: 'inlineBlock', version: 1, fields: { id: `c${Math.random().toString(36).slice(2, 8)}`, blockName: '', blockType: 'cite', citation: work, locatorType, locator } })
  const body = (...children: object[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })
  const article = (title: string, locatorType: string, locator: string, work: Id) => ({ title, _status: 'draft', body: body(paragraph(text('The garrison held. 守军坚守。'), cite(work, locatorType, locator))) })
  let work: Id
  beforeAll(async () => {
    work = await createWork({ type: 'book', title: { original: `Locator work ${run}` }, issued: '1900' })
  })
  const titled = async (title: string) => (await t.payload.count({ collection: 'articles', where: { title: { equals: title } } })).totalDocs

  it.each([
    ['page', 'see the introduction'],
    ['chapter', 'the last one'],
    ['folio', '请参见前言'],
  ])('refuses a %s locator “%s” through the Local API, REST, an autosave and GraphQL, and writes nothing', async (locatorType, locator) => {
    const title = `Locators ${run} ${locatorType}`
    const message = await refusal(t.payload.create({ collection: 'articles', data: article(title, locatorType, locator, work) as never, user: historian.user, overrideAccess: false, draft: true }))
    expect(message).toBe(`Body: The citation's locator “${locator}” is not a ${locatorType} form. ${message.split('form. ')[1]}`)
    expect(message).toMatch(/Write it as /)

    const created = await restRaw(t.payload, historian, 'POST', '/articles?draft=true', article(title, locatorType, locator, work))
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toContain(`“${locator}” is not a ${locatorType} form`)

    const existing = await t.payload.create({ collection: 'articles', draft: true, data: article(`${title} kept`, locatorType, '12', work) as never })
    const autosaved = await restRaw(t.payload, historian, 'PATCH', `/articles/${existing.id}?draft=true&autosave=true`, { body: article(title, locatorType, locator, work).body })
    expect(autosaved.status).toBe(400)
    const stored = await t.payload.findByID({ collection: 'articles', id: existing.id, draft: true })
    expect(JSON.stringify(stored.body)).toContain('"locator":"12"')

    const graphql = await graphqlClient(t.payload, GRAPHQL_SELECTION)
    const result = await graphql.raw(historian, 'mutation ($data: mutationArticleInput!) { createArticle(data: $data, draft: true) { id } }', { data: article(title, locatorType, locator, work) })
    expect(JSON.stringify(result.errors)).toContain(`is not a ${locatorType} form`)
    expect(await titled(title)).toBe(0)
  })

  it('tells a historian who typed the label to leave it out', async () => {
    const message = await refusal(t.payload.create({ collection: 'articles', data: article(`Labelled ${run}`, 'page', 'pp. 45–47', work) as never, user: historian.user, overrideAccess: false, draft: true }))
    expect(message).toBe('Body: The citation\'s locator “pp. 45–47” is not a page form. Write only “45–47”: the locator type says it is a page.')
  })

  it('checks a primary-source quotation’s locator by its type as well, and saves a good one', async () => {
    const quotation = (locator: string) => ({
      title: `Quotation ${run} ${locator}`,
      _status: 'draft',
      body: body({ type: 'block', version: 2, format: '', fields: { id: `q-${locator.length}`, blockName: '', blockType: 'primarySource', original: '臣等查得伊犁地方', originalLanguage: 'zh', citation: work, locatorType: 'folio', locator } }),
    })
    const message = await refusal(t.payload.create({ collection: 'articles', data: quotation('请参见前言') as never, user: historian.user, overrideAccess: false, draft: true }))
    expect(message).toMatch(/^Body: The citation's locator “请参见前言” is not a folio form\. Write it as /)
    expect(await titled(`Quotation ${run} 请参见前言`)).toBe(0)
    const saved = await t.payload.create({ collection: 'articles', data: quotation('卷三，页五') as never, user: historian.user, overrideAccess: false, draft: true })
    expect(JSON.stringify(saved.body)).toContain('"locator":"卷三，页五"')
  })

  it.each([
    ['page', '225–230'],
    ['page', 'xii'],
    ['chapter', '十二'],
    ['folio', '卷三，页五'],
    ['folio', '12v–13r'],
  ])('saves a %s locator %s', async (locatorType, locator) => {
    const saved = await t.payload.create({ collection: 'articles', data: article(`Good ${run} ${locator}`, locatorType, locator, work) as never, user: historian.user, overrideAccess: false, draft: true })
    expect(JSON.stringify(saved.body)).toContain(`"locator":${JSON.stringify(locator)}`)
  })
})
