/**
 * Editions of different years are different works: two documents citing the
 * same author and title, one the 1994 edition and one the 2003 edition, get
 * two citation records, each article pointing at its own; a third document
 * citing the 1994 edition again reuses that one. The lookup goes through the
 * key stored on the records (citationDedupKey), not the planner's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import { bookNote, documentFile, frontierArticle, manifestFor } from './import/documents'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => {
  await test?.close()
})

const WORK = { author: 'Orlov, Ivan', title: 'The Argun Frontier Posts' }

function citing(title: string, year: number) {
  const slug = title.toLowerCase().replaceAll(' ', '-')
  return documentFile(`${slug}.txt`, frontierArticle(title, { notes: [bookNote(WORK.author, WORK.title, year, 57)] }), manifestFor(title, `https://wiki.test/${slug}`))
}

/** The citation ids the article's inline cites point at. */
async function citedWorks(articleId: number | string): Promise<string[]> {
  const article = await test.payload.findByID({ collection: 'articles', id: articleId, depth: 0, draft: true, locale: 'en' })
  const ids = [...JSON.stringify(article.body).matchAll(/"blockType":"cite"[^}]*"citation":("[^"]+"|\d+)/g)].map((match) => String(JSON.parse(match[1] ?? 'null')))
  return [...new Set(ids)]
}

describe('two editions of one work', () => {
  it('are two works; the same edition cited again is one', async () => {
    const { payload } = test
    const first = await importDocument(payload, citing('Fort Kerulen', 1994))
    const second = await importDocument(payload, citing('Fort Onon', 2003))
    expect(first.citations).toEqual({ new: 1, reused: 0 })
    expect(second.citations).toEqual({ new: 1, reused: 0 })

    const { docs } = await payload.find({ collection: 'citations', depth: 0, pagination: false, sort: 'issued', where: { 'title.original': { equals: WORK.title } } })
    expect(docs.map((work) => work.issued)).toEqual(['1994', '2003'])
    expect(new Set(docs.map((work) => work.dedupKey)).size).toBe(2)
    const [edition1994, edition2003] = docs.map((work) => String(work.id))
    expect(await citedWorks(first.articleId ?? '')).toEqual([edition1994])
    expect(await citedWorks(second.articleId ?? '')).toEqual([edition2003])

    const third = await importDocument(payload, citing('Fort Shilka', 1994))
    expect(third.citations).toEqual({ new: 0, reused: 1 })
    expect(await citedWorks(third.articleId ?? '')).toEqual([edition1994])
    expect((await payload.count({ collection: 'citations' })).totalDocs).toBe(2)
  })
})
