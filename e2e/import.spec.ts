import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { apiToken, auth, logIn } from './support'

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'fort-tasgan.txt')

async function sourceCount(request: APIRequestContext, token: string): Promise<number> {
  const response = await request.get('/api/sources?limit=1&depth=0', { headers: auth(token) })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

test('an editor imports a document from the Sources list and finds its citations inline in the draft article', async ({ page, request }) => {
  await logIn(page, 'editor')
  await page.goto('/admin/collections/sources')
  await page.locator('#import-document').click()
  await expect(page).toHaveURL(/\/admin\/import$/)
  await expect(page.getByRole('heading', { name: 'Import document' })).toBeVisible()

  await page.locator('#import-file').setInputFiles(FIXTURE)
  await page.locator('#import-language').selectOption('en')
  await page.getByRole('button', { name: 'Import', exact: true }).click()

  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary).toBeVisible()
  await expect(summary.locator('[data-summary="status"]')).toHaveText('Created')
  await expect(summary.locator('[data-summary="title"]')).toHaveText('Fort Tasgan')
  await expect(summary.locator('[data-summary="citations"]')).toContainText('1 new')
  await expect(summary.getByRole('link', { name: 'Open source' })).toHaveAttribute('href', /\/admin\/collections\/sources\/[^/]+$/)

  await summary.getByRole('link', { name: 'Open draft article' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/[^/]+$/)
  const articleId = new URL(page.url()).pathname.split('/').pop()!

  // The body holds cite inline blocks pointing at a stored citation: the ISBN work of the reference list.
  const token = await apiToken(request, 'editor')
  const article = await request.get(`/api/articles/${articleId}?draft=true&depth=0`, { headers: auth(token) })
  expect(article.ok()).toBe(true)
  const body = JSON.stringify(((await article.json()) as { body?: unknown }).body)
  expect(body).toContain('"blockType":"cite"')
  const citationId = /"blockType":"cite".*?"citation":("[^"]+"|\d+)/.exec(body)?.[1]
  expect(citationId).toBeDefined()
  const citation = await request.get(`/api/citations/${JSON.parse(citationId!) as number | string}?depth=0`, { headers: auth(token) })
  expect(citation.ok()).toBe(true)
  expect(((await citation.json()) as { title: { original: string } }).title.original).toContain('The Argun Frontier Posts')

  // …and the editor shows them as inline blocks within the text.
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await expect(editor).toContainText('Fort Tasgan was a small Russian outpost')
  await expect(editor.locator('.inline-block, [data-lexical-decorator="true"]').first()).toBeVisible()
})

test('the import endpoint refuses historians and anonymous requests', async ({ request }) => {
  const file = { name: 'refused.txt', mimeType: 'text/plain', buffer: Buffer.from('Refused\n\nA historian may not import this text.\n') }
  const historian = await request.post('/api/sources/import', { headers: auth(await apiToken(request, 'historian')), multipart: { file } })
  expect(historian.status()).toBe(403)
  const anonymous = await request.post('/api/sources/import', { multipart: { file } })
  expect(anonymous.status()).toBe(401)
})

test('a binary file gets a clear error on the import page and creates no source', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const sourcesBefore = await sourceCount(request, token)

  await logIn(page, 'editor')
  await page.goto('/admin/import')
  // A ZIP archive renamed to .txt: the extension is accepted, the content is not.
  const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00])
  await page.locator('#import-file').setInputFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: zipHeader })
  await page.getByRole('button', { name: 'Import', exact: true }).click()

  await expect(page.getByRole('alert').filter({ hasText: 'binary' })).toContainText('"scan.txt" looks like a binary file')
  await expect(page.getByRole('region', { name: 'Import summary' })).toHaveCount(0)
  expect(await sourceCount(request, token)).toBe(sourcesBefore)
})
