/**
 * A machine-translated document has no links: the places and people its text
 * names in a form the name authority records (machine renderings included)
 * still become its article's related places and people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { encodeText } from '@/lib/corpus/titleDocuments'
import { importDocument } from '@/server/import'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  test = await startPayload()
  const { payload } = test
  const place = (name: string, names: [string, string, string][]) =>
    payload.create({ collection: 'places', locale: 'en', data: { name, names: names.map(([text, language, kind]) => ({ name: text, language, kind })) } as never, depth: 0 })
  const person = (name: string, names: [string, string, string][]) =>
    payload.create({ collection: 'people', locale: 'en', data: { name, names: names.map(([text, language, kind]) => ({ name: text, language, kind })) } as never, depth: 0 })
  ids.uliastai = (await place('Uliastai', [['Uliastai', 'en', 'official'], ['Wulisutai', 'en', 'machine-translation'], ['乌里雅苏台', 'zh', 'official']])).id
  ids.kulja = (await place('Kulja', [['Kulja', 'en', 'official'], ['固勒扎', 'zh', 'official']])).id
  ids.kashgar = (await place('Kashgar', [['Kashgar', 'en', 'official'], ['喀什噶尔', 'zh', 'official']])).id
  ids.fuheng = (await person('Fuheng', [['Fuheng', 'en', 'official'], ['Fu Heng', 'en', 'machine-translation'], ['傅恒', 'zh', 'official']])).id
})
afterAll(async () => {
  await test?.close()
})

const related = async (articleId: number | string | null) => {
  const article = await test.payload.findByID({ collection: 'articles', id: articleId!, depth: 0, draft: true })
  const idsOf = (values: unknown[] | null | undefined) => (values ?? []).map((value) => String(typeof value === 'object' && value ? (value as { id: unknown }).id : value)).sort()
  return { places: idsOf(article.places), people: idsOf(article.people) }
}

describe('entities named in plain text', () => {
  it('an English machine translation without links relates the places and people it names, in official and machine-rendered forms', async () => {
    const text = [
      'Garrison Records of the Western Posts',
      '',
      'In the spring Fu Heng sent word from Wulisutai that the roads were open.',
      '',
      'Supplies then went on to Kulja by the northern route; the kulja of the text is not a name.',
    ].join('\n')
    const summary = await importDocument(test.payload, { fileName: 'garrison-records.txt', bytes: encodeText(text), language: 'en' })
    expect(await related(summary.articleId)).toEqual({ places: [String(ids.uliastai), String(ids.kulja)].sort(), people: [String(ids.fuheng)] })
  })

  it('a Chinese text relates the names it writes, traditional characters included', async () => {
    const text = ['西路驛站紀略', '', '傅恒自喀什噶尔致書，言道路已通。', '', '其後糧秣經北路運往烏里雅蘇台。'].join('\n')
    const summary = await importDocument(test.payload, { fileName: 'xilu.txt', bytes: encodeText(text), language: 'zh' })
    expect(await related(summary.articleId)).toEqual({ places: [String(ids.kashgar), String(ids.uliastai)].sort(), people: [String(ids.fuheng)] })
  })
})
