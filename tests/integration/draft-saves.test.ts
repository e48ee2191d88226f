import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plainText, type EditorState } from '@/lib/richtext/walk'
import type { Article } from '@/payload-types'
import { createUser, startPayload, type TestPayload } from './payload'

let t: TestPayload
let editor: Awaited<ReturnType<typeof createUser>>['user']
beforeAll(async () => {
  t = await startPayload()
  ;({ user: editor } = await createUser(t.payload, 'editor'))
})
afterAll(async () => t?.close())

type Locale = 'en' | 'zh'

const body = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] })),
  },
})

const text = (doc: Pick<Article, 'body'>) => plainText((doc.body as EditorState)!.root)

async function publishedArticle(title: string, en: string, zh: string) {
  const article = await t.payload.create({ collection: 'articles', locale: 'en', data: { title, body: body(en), _status: 'published' }, user: editor, overrideAccess: false })
  await t.payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { title: `${title}（中文）`, body: body(zh), _status: 'published' }, user: editor, overrideAccess: false })
  return article
}

/** A draft save as the admin sends it: the whole form, `_status: 'draft'`, `draft` (and `autosave` for the timed saves). */
const saveDraft = (id: Article['id'], locale: Locale, paragraph: string, autosave: boolean) =>
  t.payload.update({ collection: 'articles', id, locale, draft: true, autosave, depth: 0, data: { body: body('Opening paragraph. 开篇段落。', paragraph), _status: 'draft' }, user: editor, overrideAccess: false })

const readDraft = (id: Article['id'], locale: Locale) => t.payload.findByID({ collection: 'articles', id, locale, draft: true, depth: 0, user: editor, overrideAccess: false })
const readPublic = (id: Article['id'], locale: Locale) => t.payload.findByID({ collection: 'articles', id, locale, depth: 0, overrideAccess: false })
const versions = (id: Article['id']) => t.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 0, depth: 0, user: editor, overrideAccess: false })

describe('draft saves', () => {
  it('after 50 autosaves in two languages, the draft is each language’s last save, the published text is untouched, and the history holds one autosave', async () => {
    const article = await publishedArticle('Siege of Albazin', 'The published account of the siege.', '雅克萨之战的已发布记述。')
    const before = (await versions(article.id)).docs.map((v) => v.id)
    const last: Record<Locale, string> = { en: '', zh: '' }
    for (let save = 1; save <= 50; save++) {
      const locale: Locale = save % 2 ? 'en' : 'zh'
      last[locale] = locale === 'en' ? `Draft ${save}: the Qing army arrives at Albazin.` : `第 ${save} 稿：清军抵达雅克萨。`
      const saved = await saveDraft(article.id, locale, last[locale], true)
      expect(text(saved)).toContain(last[locale])
    }
    for (const locale of ['en', 'zh'] as const) expect(text(await readDraft(article.id, locale))).toContain(last[locale])
    expect(text(await readPublic(article.id, 'en'))).toBe('The published account of the siege.')
    expect(text(await readPublic(article.id, 'zh'))).toBe('雅克萨之战的已发布记述。')
    // The published versions, then one autosave version that the 50 saves kept rewriting.
    const [newest, ...older] = (await versions(article.id)).docs
    expect([newest?.version._status, (newest as { autosave?: boolean } | undefined)?.autosave]).toEqual(['draft', true])
    expect(older.map((v) => v.id)).toEqual(before)
    expect(older.every((v) => v.version._status === 'published')).toBe(true)
  })

  it('“Save draft” adds a version each time, up to the limit of 100, and publishing the last one publishes its text', async () => {
    const article = await publishedArticle('Treaty of Nerchinsk', 'The treaty as published.', '尼布楚条约（已发布）。')
    let lastText = ''
    for (let save = 1; save <= 105; save++) {
      lastText = `Revision ${save} of the treaty article. 第 ${save} 次修订。`
      await saveDraft(article.id, 'en', lastText, false)
    }
    expect(text(await readDraft(article.id, 'en'))).toContain(lastText)
    expect(text(await readPublic(article.id, 'en'))).toBe('The treaty as published.')
    const history = await versions(article.id)
    expect(history.totalDocs).toBe(100)
    expect(text({ body: history.docs[0]!.version.body })).toContain(lastText)

    const published = await t.payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { ...(await readDraft(article.id, 'en')), _status: 'published' }, user: editor, overrideAccess: false })
    expect(published._status).toBe('published')
    expect(text(await readPublic(article.id, 'en'))).toContain(lastText)
    expect(text(await readPublic(article.id, 'zh'))).toBe('尼布楚条约（已发布）。')
  })
})

describe.skipIf(Boolean(process.env.TEST_MONGODB_URI))('reading the latest draft on SQLite', () => {
  it('looks up one version by index, and each locale row by its parent, whatever the history', async () => {
    const article = await publishedArticle('Ili crisis', 'Published.', '已发布。')
    for (let save = 1; save <= 5; save++) await saveDraft(article.id, 'en', `Saved draft ${save}.`, false)
    const { client } = t.payload.db as unknown as SQLiteAdapter
    const statements: { sql: string; args: unknown }[] = []
    const execute = client.execute.bind(client)
    client.execute = ((statement: { sql: string; args: unknown }) => {
      statements.push(statement)
      return execute(statement as never)
    }) as typeof client.execute
    try {
      await readDraft(article.id, 'en')
    } finally {
      client.execute = execute
    }
    const versionQueries = statements.filter(({ sql }) => /from "_articles_v" "_articles_v"/.test(sql))
    expect(versionQueries.length).toBeGreaterThan(0)
    for (const statement of versionQueries) {
      const plan = (await execute({ sql: `explain query plan ${statement.sql}`, args: statement.args as never })).rows.map((row) => ({ parent: Number(row.parent), detail: String(row.detail) }))
      const subqueries = plan.flatMap(({ detail }) => /^CO-ROUTINE (\S+)/.exec(detail)?.[1] ?? [])
      // No table read in full (the scans left are of a subquery's own rows), and the newest version found in index order, not by sorting them all.
      expect(plan.filter(({ detail }) => /^SCAN (\S+)/.exec(detail) && !subqueries.includes(detail.slice(5)))).toEqual([])
      expect(plan.filter(({ parent, detail }) => parent === 0 && /TEMP B-TREE/.test(detail))).toEqual([])
      expect(plan.some(({ detail }) => /^SEARCH _articles_v USING INDEX _articles_v_parent_updated_idx/.test(detail))).toBe(true)
    }
  })
})
