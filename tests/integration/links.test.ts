/**
 * Links to script and data addresses: refused when saved, through the Local
 * API, REST and GraphQL, in rich text and in URL fields; and, should one be
 * in the database already (written before this rule), rendered as plain text.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ArticleBody } from '@/app/(site)/_components/article/ArticleBody'
import type { References } from '@/app/(site)/_components/article/references'
import { copyFor } from '@/lib/i18n/copy'
import type { EditorState } from '@/lib/richtext/walk'
import { graphqlClient, restLogin, restRaw, type Actor } from './access/clients'
import { GRAPHQL_SELECTION } from './access/fixtures'
import { createUser, refusal, startPayload, type TestPayload } from './payload'

/** A few spellings of each refused scheme that a browser would still follow. */
const UNSAFE = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' \u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '%6Aavascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' DATA:text/html,<script>alert(1)</script>',
]
const SAFE = ['https://zh.wikipedia.org/wiki/伊犁', 'http://archive.org/details/qing', 'mailto:editors@frontier-annals.example', '/zh/articles/yi-li', '#notes']

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children })
const link = (url: string, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  id: `l${label.length}`,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
})
const body = (...children: object[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })
const articleWithLink = (url: string, label = 'read this 点此') => ({ title: `Links ${Math.random()}`, _status: 'draft', body: body(paragraph(text('See '), link(url, label))) })

let t: TestPayload
let editor: Actor
beforeAll(async () => {
  t = await startPayload()
  const account = await createUser(t.payload, 'editor')
  editor = { role: 'editor', user: account.user, token: await restLogin(t.payload, account.email, account.password) }
})
afterAll(async () => t?.close())

const articleCount = async () => (await t.payload.count({ collection: 'articles' })).totalDocs

describe('rich-text links', () => {
  it.each(UNSAFE)('refuses %j through the Local API, naming the field and the link, and writes nothing', async (url) => {
    const before = await articleCount()
    const message = await refusal(t.payload.create({ collection: 'articles', data: articleWithLink(url) as never, user: editor.user, overrideAccess: false }))
    expect(message).toContain('Body')
    expect(message).toContain('read this 点此')
    expect(message).toMatch(/is not allowed|control characters/)
    expect(await articleCount()).toBe(before)
  })

  it.each(UNSAFE)('refuses %j through REST, on create and on update', async (url) => {
    const created = await restRaw(t.payload, editor, 'POST', '/articles', articleWithLink(url))
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toMatch(/the link “read this 点此”/)
    const existing = await t.payload.create({ collection: 'articles', data: articleWithLink('https://example.com/') as never })
    const updated = await restRaw(t.payload, editor, 'PATCH', `/articles/${existing.id}`, { body: articleWithLink(url).body })
    expect(updated.status).toBe(400)
    // Draft saves and autosaves skip field validation: the check must hold there too.
    const autosaved = await restRaw(t.payload, editor, 'PATCH', `/articles/${existing.id}?draft=true&autosave=true`, { body: articleWithLink(url).body })
    expect(autosaved.status).toBe(400)
    const stored = await t.payload.findByID({ collection: 'articles', id: existing.id, draft: true })
    expect(JSON.stringify(stored.body)).toContain('https://example.com/')
  })

  it('refuses an unsafe link through GraphQL', async () => {
    const graphql = await graphqlClient(t.payload, GRAPHQL_SELECTION)
    const before = await articleCount()
    const result = await graphql.raw(editor, 'mutation ($data: mutationArticleInput!) { createArticle(data: $data, draft: true) { id } }', { data: articleWithLink('vbscript:msgbox(1)') })
    expect(JSON.stringify(result.errors)).toMatch(/vbscript: scheme/)
    expect(await articleCount()).toBe(before)
  })

  it.each(SAFE)('saves %j', async (url) => {
    const saved = await t.payload.create({ collection: 'articles', data: articleWithLink(url) as never, user: editor.user, overrideAccess: false })
    expect(JSON.stringify(saved.body)).toContain('read this 点此')
  })
})

describe('URL fields', () => {
  // A web page needs its address (lib/cite/workTypes), so the archive copy is tried beside a good one.
  const work = (fields: Record<string, string>) => ({ type: 'webpage', title: { original: `Work ${Math.random()}` }, url: 'https://example.org/page', ...fields })

  it.each(['url', 'archiveUrl'])('a work’s %s refuses script and data addresses, through the Local API and REST', async (field) => {
    for (const url of ['javascript:alert(1)', 'DATA:text/html,x', 'vbscript:x', '\tjavascript:alert(1)']) {
      expect(await refusal(t.payload.create({ collection: 'citations', data: work({ [field]: url }) as never, user: editor.user, overrideAccess: false }))).toMatch(/This address/)
      const response = await restRaw(t.payload, editor, 'POST', '/citations', work({ [field]: url }))
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain(field)
    }
    const saved = await t.payload.create({ collection: 'citations', data: work({ [field]: 'https://example.com/清史稿' }) as never })
    expect(saved[field as 'url']).toBe('https://example.com/清史稿')
  })

  it('a source’s origin URL refuses them too', async () => {
    const data = { title: 'Test source', language: 'en', kind: 'wiki', rawText: 'Text.', origin: { url: 'javascript:alert(1)' } }
    expect(await refusal(t.payload.create({ collection: 'sources', data: data as never }))).toMatch(/javascript: scheme/)
  })
})

describe('rendering what is already stored', () => {
  const render = (state: object) =>
    renderToStaticMarkup(ArticleBody({ body: state as EditorState, references: { markerFor: () => undefined, notes: [], bibliography: [] } as References, locale: 'en', copy: copyFor('en') }))

  it.each(UNSAFE)('shows a link to %j as its text, with no href', (url) => {
    const html = render(body(paragraph(text('See '), link(url, 'the trap 陷阱'), { type: 'autolink', version: 2, fields: { url, linkType: 'custom' }, children: [text('auto')] })))
    expect(html).toContain('the trap 陷阱')
    expect(html).toContain('auto')
    expect(html).not.toMatch(/href=/)
  })

  it('keeps the href of an allowed link', () => {
    for (const url of SAFE) expect(render(body(paragraph(link(url, 'ok'))))).toContain(`href="${url.replace(/&/g, '&amp;')}"`)
  })
})
