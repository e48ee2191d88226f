import path from 'node:path'
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'

import { apiToken, auth, logIn, unique } from './support'

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'fort-tasgan.txt')

/** Picks an option of one of Payload's selects (react-select), as a person does: open it, click the option. */
async function choose(page: Page, within: Locator | Page, selectClass: string, option: RegExp | string) {
  await within.locator(`.${selectClass} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).click()
}

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

  // Payload's own controls: its drop zone for the file, its select for the language.
  await expect(page.locator('.dropzone')).toBeVisible()
  await page.locator('#import-file').setInputFiles(FIXTURE)
  await expect(page.locator('[data-chosen-file]')).toHaveText('fort-tasgan.txt')
  await choose(page, page, 'import-language', /^English$/)
  await page.getByRole('button', { name: 'Analyse', exact: true }).click()
  // The detected title is shown before anything is written; the editor corrects it.
  const detected = page.getByRole('region', { name: 'Before importing' })
  await expect(detected.locator('#field-import-title')).toHaveValue('Fort Tasgan')
  await expect(detected.locator('[data-detected="size"]')).toContainText('bytes')
  await detected.locator('#field-import-title').fill('Fort Tasgan on the Argun')
  await detected.getByRole('button', { name: 'Import', exact: true }).click()

  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary).toBeVisible()
  await expect(summary.locator('[data-summary="status"]')).toHaveText('Created')
  await expect(summary.locator('[data-summary="title"]')).toHaveText('Fort Tasgan on the Argun')
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
  await page.getByRole('button', { name: 'Analyse', exact: true }).click()

  await expect(page.getByRole('alert').filter({ hasText: 'binary' })).toContainText('"scan.txt" looks like a binary file')
  await expect(page.getByRole('region', { name: 'Import summary' })).toHaveCount(0)
  expect(await sourceCount(request, token)).toBe(sourcesBefore)
})

test("a site's name on the first line is not taken for the title, and a same-titled copy is imported as a new version only when chosen", async ({ page, request }) => {
  const site = unique('Steppe Chronicle')
  const title = unique('The Khorgos relay station')
  const article = (extra: string) =>
    Buffer.from(`${site}\n${title}\n${title} stood on the road from Kuldja to the Russian border and changed horses for couriers of the Ili garrison.${extra}\n\n${site}\n`)
  const token = await apiToken(request, 'editor')
  await logIn(page, 'editor')

  async function analyse(name: string, buffer: Buffer) {
    await page.goto('/admin/import')
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'text/plain', buffer })
    await page.getByRole('button', { name: 'Analyse', exact: true }).click()
    const detected = page.getByRole('region', { name: 'Before importing' })
    await expect(detected.locator('#field-import-title')).toHaveValue(title)
    return detected
  }

  const first = await analyse('khorgos.txt', article(''))
  await first.getByRole('button', { name: 'Import', exact: true }).click()
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary.locator('[data-summary="status"]')).toHaveText('Created')
  const sourceId = (await summary.getByRole('link', { name: 'Open source' }).getAttribute('href'))!.split('/').pop()!

  // A copy with other content and the same title: offered as a version of the first, imported as one only when chosen.
  const copy = await analyse('khorgos-revised.txt', article(' It was rebuilt in stone in 1882.'))
  await choose(page, copy, 'import-version-of', `New version of source ${sourceId}:`)
  await copy.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(summary.locator('[data-summary="status"]')).toHaveText('Updated')
  const source = await request.get(`/api/sources/${sourceId}?depth=0`, { headers: auth(token) })
  expect(((await source.json()) as { rawText: string }).rawText).toContain('rebuilt in stone')

  const third = await analyse('khorgos-other.txt', article(' Another writer says it burned in 1871.'))
  await third.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(summary.locator('[data-summary="status"]')).toHaveText('Created')
  await expect(summary.locator('[data-summary="source-note"]')).toContainText(`Same title as source ${sourceId}: imported as a new source`)
})
