/**
 * A changed file imported again never overwrites what readers or editors
 * have: a published article keeps its public text (the change waits as a
 * draft), and an editor's saved draft (a `draft: true` save, as the admin's
 * "Save draft" and autosave make) stays as they left it. The documents have an
 * origin URL in their manifest, which is what makes the second import a
 * re-import of the same source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import type { Article, User } from '@/payload-types'
import { bookNote, documentFile, frontierArticle, manifestFor } from './import/documents'
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

const NOTES = [bookNote('Orlov, Ivan', 'The Argun Frontier Posts', 1994, 57)]
const ORIGINAL_SECTION = 'The garrison of forty men was withdrawn after the treaty talks began, and the outpost was burned by its own defenders.'
const CHANGED_SECTION = 'The garrison of forty men was withdrawn in 1687, and a later survey found the burned palisade on the river terrace.'

/** The same document (same origin URL) before and after its text changed. */
function versionsOf(title: string) {
  const slug = title.toLowerCase().replaceAll(' ', '-')
  const manifest = manifestFor(title, `https://wiki.test/${slug}`)
  const file = (section: string) => documentFile(`${slug}.txt`, frontierArticle(title, { section, notes: NOTES }), manifest)
  return { original: file(ORIGINAL_SECTION), changed: file(CHANGED_SECTION) }
}

const bodyText = (article: Pick<Article, 'body'>) => JSON.stringify(article.body)
/** The article as the public site reads it: anonymous, access rules applied, published version only. */
const publicArticle = (id: number | string) => test.payload.findByID({ collection: 'articles', id, depth: 0, locale: 'en', overrideAccess: false, disableErrors: true })
const latestDraft = (id: number | string) => test.payload.findByID({ collection: 'articles', id, depth: 0, locale: 'en', draft: true })

describe('re-importing a changed file', () => {
  it('leaves a published article as the public reads it; the change waits as a draft, and the summary says so', async () => {
    const { payload } = test
    const { original, changed } = versionsOf('Fort Kerulen')
    const first = await importDocument(payload, original, { publish: true })
    const articleId = first.articleId ?? ''
    expect(bodyText((await publicArticle(articleId))!)).toContain(ORIGINAL_SECTION)

    const summary = await importDocument(payload, changed, { user: editor })
    expect(summary).toMatchObject({ status: 'updated', sourceId: first.sourceId, articleId })
    expect(summary.articleNote).toMatch(/The article is published: .*saved as a new draft version.*the published text is unchanged/)

    const seen = await publicArticle(articleId)
    expect(seen?._status).toBe('published')
    expect(bodyText(seen!)).toContain(ORIGINAL_SECTION)
    expect(bodyText(seen!)).not.toContain(CHANGED_SECTION)
    const draft = await latestDraft(articleId)
    expect(draft._status).toBe('draft')
    expect(bodyText(draft)).toContain(CHANGED_SECTION)
  })

  it("keeps an editor's saved draft intact and reports that the article was edited since the last import", async () => {
    const { payload } = test
    const { original, changed } = versionsOf('Fort Onon')
    const first = await importDocument(payload, original, { user: editor })
    const articleId = first.articleId ?? ''
    const EDITED_TITLE = 'Fort Onon (edited)'
    // What the admin's "Save draft" sends: a draft save, not a write of the main record.
    await payload.update({ collection: 'articles', id: articleId, locale: 'en', draft: true, data: { title: EDITED_TITLE, _status: 'draft' }, user: editor, overrideAccess: false })
    const saved = await latestDraft(articleId)
    expect(saved.title).toBe(EDITED_TITLE)

    const summary = await importDocument(payload, changed, { user: editor })
    expect(summary).toMatchObject({ status: 'updated', articleId })
    expect(summary.articleNote).toMatch(/edited since the last import/)

    const { docs } = await payload.findVersions({ collection: 'articles', depth: 0, locale: 'en', pagination: false, sort: '-updatedAt', where: { parent: { equals: articleId } } })
    const [imported, editors] = docs
    expect(bodyText(imported!.version)).toContain(CHANGED_SECTION)
    expect(imported!.version._status).toBe('draft')
    expect(editors!.id).toEqual((await payload.findVersions({ collection: 'articles', depth: 0, where: { 'version.title': { equals: EDITED_TITLE } } })).docs[0]?.id)
    expect({ title: editors!.version.title, body: editors!.version.body }).toEqual({ title: saved.title, body: saved.body })
  })
})
