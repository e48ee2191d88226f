/**
 * References through the whole import: the same book cited by ISBN-10 in one document (Chicago
 * bibliography form) and by ISBN-13 in another (Chicago note form), and without any ISBN in a
 * third, is one work; a short note in a later document finds that work in the database; a wrong
 * ISBN check digit or a malformed DOI is kept in the note and flagged on the source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import { documentFile, frontierArticle, manifestFor } from './import/documents'
import { startPayload, type TestPayload } from './payload'

let test: TestPayload
beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => {
  await test?.close()
})

function citing(title: string, notes: string[]) {
  const slug = title.toLowerCase().replaceAll(' ', '-')
  return documentFile(`${slug}.txt`, frontierArticle(title, { notes }), manifestFor(title, `https://wiki.test/${slug}`))
}

async function citedWorks(articleId: null | number | string): Promise<string[]> {
  const article = await test.payload.findByID({ collection: 'articles', id: articleId ?? '', depth: 0, draft: true, locale: 'en' })
  return [...new Set([...JSON.stringify(article.body).matchAll(/"blockType":"cite"[^}]*"citation":("[^"]+"|\d+)/g)].map((match) => String(JSON.parse(match[1] ?? 'null'))))]
}

async function flagsOf(sourceId: number | string, kind: string) {
  const source = await test.payload.findByID({ collection: 'sources', id: sourceId, depth: 0 })
  return (source.flags ?? []).filter((flag) => flag.kind === kind)
}

describe('works cited through the import', () => {
  it('one book cited by ISBN-10, by ISBN-13 and by neither, in bibliography and note forms, is one work', async () => {
    const { payload } = test
    const bibliographyForm = await importDocument(payload, citing('Fort Kerulen', ['Orlov, Pavel N. Frontier Posts of the Argun. Irkutsk: Baikal Press, 1994. ISBN 0-521-47771-9.']))
    const noteForm = await importDocument(payload, citing('Fort Onon', ['Pavel N. Orlov, Frontier Posts of the Argun (Irkutsk: Baikal Press, 1994), 23. ISBN 978-0-521-47771-0.']))
    const noIsbn = await importDocument(payload, citing('Fort Shilka', ['Pavel N. Orlov, Frontier Posts of the Argun (Irkutsk: Baikal Press, 1994), 40.']))
    expect(bibliographyForm.citations).toEqual({ new: 1, reused: 0 })
    expect(noteForm.citations).toEqual({ new: 0, reused: 1 })
    expect(noIsbn.citations).toEqual({ new: 0, reused: 1 })

    const { docs } = await payload.find({ collection: 'citations', depth: 0, pagination: false, where: { 'title.original': { equals: 'Frontier Posts of the Argun' } } })
    expect(docs).toHaveLength(1)
    const [work] = docs
    expect(work).toMatchObject({ isbn: '978-0-521-47771-0', publisherPlace: 'Irkutsk', publisher: 'Baikal Press', issued: '1994' })
    expect(work?.authors?.[0]).toMatchObject({ family: 'Orlov', given: 'Pavel N.', role: 'author' })
    for (const imported of [bibliographyForm, noteForm, noIsbn]) expect(await citedWorks(imported.articleId)).toEqual([String(work?.id)])
  })

  it('a short note in a later document cites the work already in the database, with its page', async () => {
    const { payload } = test
    const before = (await payload.count({ collection: 'citations' })).totalDocs
    const short = await importDocument(payload, citing('Fort Argun', ['Orlov 1994, p. 9.']))
    expect(short.citations).toEqual({ new: 0, reused: 1 })
    expect((await payload.count({ collection: 'citations' })).totalDocs).toBe(before)
    const { docs } = await payload.find({ collection: 'citations', depth: 0, pagination: false, where: { 'title.original': { equals: 'Frontier Posts of the Argun' } } })
    expect(await citedWorks(short.articleId)).toEqual([String(docs[0]?.id)])
    const article = await payload.findByID({ collection: 'articles', id: short.articleId ?? '', depth: 0, draft: true, locale: 'en' })
    expect(JSON.stringify(article.body)).toContain('"locator":"9"')
    expect(await flagsOf(short.sourceId, 'short-note-unresolved')).toEqual([])
    expect(short.flags['short-note-unresolved']).toBeUndefined()

    const unknown = await importDocument(payload, citing('Fort Gorbitsa', ['Kang 2013, p. 3.']))
    expect((await flagsOf(unknown.sourceId, 'short-note-unresolved')).map((flag) => flag.marker)).toEqual(['[1]'])
    // Cited short again elsewhere: the same placeholder record, still flagged.
    const again = await importDocument(payload, citing('Fort Kumara', ['Kang 2013, p. 8.']))
    expect(again.citations).toEqual({ new: 0, reused: 1 })
    expect((await flagsOf(again.sourceId, 'short-note-unresolved')).map((flag) => flag.marker)).toEqual(['[1]'])
  })

  it('keeps a wrong ISBN check digit and a malformed DOI as written and flags them on the source', async () => {
    const { payload } = test
    const imported = await importDocument(
      payload,
      citing('Fort Aigun', [
        'Lee, Wen (1985). Frontier Garrisons of the Amur. Harvard University Press. ISBN 0-674-00000-0.',
        'Brown, Anne (2001). "Kuldja in Russian Records". Journal of Frontier Studies. 12 (3): 33–40. doi:10.12/broken.',
      ]),
    )
    const flags = await flagsOf(imported.sourceId, 'bad-identifier')
    expect(imported.flags['bad-identifier']).toBe(2)
    expect(flags.map((flag) => flag.marker)).toEqual(['[1]', '[2]'])
    expect(flags[0]?.message).toContain('ISBN check digit wrong: "0-674-00000-0"')
    expect(flags[1]?.message).toContain('"10.12/broken" is not a well-formed DOI')

    const { docs } = await payload.find({ collection: 'citations', depth: 0, pagination: false, where: { 'title.original': { in: ['Frontier Garrisons of the Amur', 'Kuldja in Russian Records'] } }, sort: 'issued' })
    expect(docs.map((work) => [work.isbn ?? null, work.doi ?? null])).toEqual([
      [null, null],
      [null, null],
    ])
    expect(docs[0]?.note).toContain('ISBN 0-674-00000-0')
    expect(docs[1]?.note).toContain('doi:10.12/broken')
    expect(docs[1]).toMatchObject({ type: 'article-journal', containerTitle: 'Journal of Frontier Studies', volume: '12', issue: '3', pages: '33–40' })
  })
})
