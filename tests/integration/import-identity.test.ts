/**
 * Which source a document becomes: never merged with another by its title.
 * Two articles of one site (first line: the site's name), copies of one
 * document with different content, a Chinese pair; a new version only when
 * named (`versionOf`) or by the manifest's origin URL; the identical file
 * again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { encodeText, SITE_ARTICLES } from '@/lib/corpus/titleDocuments'
import type { User } from '@/payload-types'
import { ImportInputError, importDocument } from '@/server/import'
import { databaseState } from './import/fixtures'
import { createUser, startPayload, type TestPayload } from './payload'

let test: TestPayload
let editor: User

beforeAll(async () => {
  test = await startPayload()
  editor = (await createUser(test.payload, 'editor')).user
})
afterAll(async () => {
  await test?.close()
})

const upload = (article: { fileName: string; text: string }) => ({ fileName: article.fileName, bytes: encodeText(article.text) })
const rawTextOf = async (id: number | string) => (await test.payload.findByID({ collection: 'sources', id, depth: 0 })).rawText

describe('two different documents', () => {
  it.each([
    ['English', SITE_ARTICLES.englishCampaign, SITE_ARTICLES.englishHordes],
    ['Chinese', SITE_ARTICLES.chineseCampaign, SITE_ARTICLES.chineseKhan],
  ])('%s articles of one site whose first line is its name become two sources and two articles, each with its own title', async (_, first, second) => {
    const a = await importDocument(test.payload, upload(first), { user: editor })
    const b = await importDocument(test.payload, upload(second), { user: editor })
    expect([a.status, b.status]).toEqual(['created', 'created'])
    expect(b.sourceId).not.toEqual(a.sourceId)
    expect(b.articleId).not.toEqual(a.articleId)
    expect([a.title, b.title]).toEqual([first.title, second.title])
    expect(await rawTextOf(a.sourceId)).toBe(first.text)
    expect(await rawTextOf(b.sourceId)).toBe(second.text)
  })

  it('copies of one document with different content (same title) become separate sources, and the summary says so', async () => {
    const original = SITE_ARTICLES.englishCampaign
    const copy = { ...original, fileName: 'steppe-campaign-copy.txt', text: original.text.replace('little resistance', 'no resistance at all') }
    const { docs } = await test.payload.find({ collection: 'sources', depth: 0, where: { title: { equals: original.title } } })
    const summary = await importDocument(test.payload, upload(copy), { user: editor })
    expect(summary.status).toBe('created')
    expect(summary.sourceId).not.toEqual(docs[0]?.id)
    expect(summary.sourceNote).toBe(
      `Same title as source ${String(docs[0]?.id)}: imported as a new source. If it is a new version of that source, import it again as one ("New version of" in the import form, --version-of on the command line).`,
    )
    expect(await rawTextOf(docs[0]!.id)).toBe(original.text)
    expect(await rawTextOf(summary.sourceId)).toBe(copy.text)
  })

  it('the identical file again changes nothing', async () => {
    const before = await databaseState(test.payload)
    const again = await importDocument(test.payload, upload(SITE_ARTICLES.chineseKhan), { user: editor })
    expect(again.status).toBe('unchanged')
    expect(await databaseState(test.payload)).toEqual(before)
  })
})

describe('a new version', () => {
  it('is written over the source the editor names, with the title they confirmed', async () => {
    const first = await importDocument(test.payload, upload(SITE_ARTICLES.chineseCampaign), { user: editor })
    const revised = { ...SITE_ARTICLES.chineseCampaign, text: SITE_ARTICLES.chineseCampaign.text.replace('几乎未遇抵抗', '未遇任何抵抗') }
    const versions = async () => (await test.payload.countVersions({ collection: 'sources', where: { parent: { equals: first.sourceId } } })).totalDocs
    const versionsBefore = await versions()
    const summary = await importDocument(test.payload, { ...upload(revised), title: '平定准噶尔（乾隆二十年）' }, { user: editor, versionOf: first.sourceId })
    expect(summary).toMatchObject({ status: 'updated', sourceId: first.sourceId, title: '平定准噶尔（乾隆二十年）' })
    expect(summary.sourceNote).toBeUndefined()
    expect(await rawTextOf(first.sourceId)).toBe(revised.text)
    expect(await versions()).toBe(versionsBefore + 1)
  })

  it('of a source that does not exist is refused, writing nothing', async () => {
    const before = await databaseState(test.payload)
    const attempt = importDocument(test.payload, upload(SITE_ARTICLES.englishHordes), { user: editor, versionOf: 'no-such-source' })
    await expect(attempt).rejects.toBeInstanceOf(ImportInputError)
    await expect(attempt).rejects.toMatchObject({ code: 'unknown-source', message: 'There is no source with id no-such-source to import a new version of.' })
    expect(await databaseState(test.payload)).toEqual(before)
  })

  it("follows the manifest's origin URL when it has one", async () => {
    const manifest = {
      title: 'Ablai Khan',
      language: 'en' as const,
      kind: 'encyclopedia' as const,
      origin: { site: 'Steppe Chronicle Online', url: 'https://steppe.example/ablai', retrieved: '2026-11-30', licence: 'CC BY', attribution: 'Steppe Chronicle Online' },
      machineTranslated: false,
      translatedFrom: null,
      public: false,
      publishOnFirstStart: false,
    }
    const first = await importDocument(test.payload, { ...upload(SITE_ARTICLES.englishHordes), manifest }, { user: editor })
    const changed = { ...SITE_ARTICLES.englishHordes, text: `${SITE_ARTICLES.englishHordes.text}\nA later paragraph the site added.\n` }
    const second = await importDocument(test.payload, { ...upload(changed), manifest }, { user: editor })
    expect(first.status).toBe('created')
    expect(second).toMatchObject({ status: 'updated', sourceId: first.sourceId })
  })
})
