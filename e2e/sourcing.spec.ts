import { expect, test } from '@playwright/test'

import { apiToken, auth, logIn, unique } from './support'

const paragraph = (text: string, ...cites: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }, ...cites] })
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })

test('a historian finds an uncited passage in Needs a source, opens the editor at it, and it leaves the queue once cited', async ({ page, request }) => {
  const token = await apiToken(request, 'historian')
  const claim = unique('The garrison of Fort Tasgan numbered four hundred men')
  const work = ((await (await request.post('/api/citations', { headers: auth(token), data: { type: 'book', title: { original: unique('Tasgan papers') }, issued: '1880' } })).json()) as { doc: { id: number | string } }).doc
  const created = await request.post('/api/articles?draft=true', { headers: auth(token), data: { title: unique('Fort Tasgan'), _status: 'draft', body: body(paragraph('An introduction.', { type: 'inlineBlock', version: 1, fields: { id: 'c0', blockName: '', blockType: 'cite', citation: work.id, locatorType: 'page', locator: '1' } }), paragraph(claim)) } })
  expect(created.status()).toBe(201)
  const article = ((await created.json()) as { doc: { id: number | string; body: unknown } }).doc

  await logIn(page, 'historian')
  await page.goto('/admin')
  // The navigation offers it (the menu itself may be folded away at the test's window size).
  await expect(page.locator('#nav-needs-a-source')).toHaveAttribute('href', '/admin/needs-a-source')
  await page.goto('/admin/needs-a-source')
  await expect(page.locator('h1')).toHaveText('Needs a source')
  await page.locator('select[name="article"]').selectOption(String(article.id))
  await page.locator('#sourcing-filters button[type="submit"]').click()
  const row = page.locator('#sourcing-queue tbody tr')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(claim)
  await expect(row).toContainText('Paragraph without citation')

  await row.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/articles/${String(article.id)}\\?locale=en&passage=1`))
  const outlined = page.locator('.rich-text-lexical [data-lexical-editor="true"] > .sourcing-passage')
  await expect(outlined).toHaveText(claim)
  await expect(outlined).toBeInViewport()

  // The historian cites the passage (a draft save, as the editor's autosave sends it); the queue no longer lists it.
  const cited = await request.patch(`/api/articles/${String(article.id)}?draft=true&autosave=true`, {
    headers: auth(token),
    data: { body: body(paragraph('An introduction.', { type: 'inlineBlock', version: 1, fields: { id: 'c0', blockName: '', blockType: 'cite', citation: work.id, locatorType: 'page', locator: '1' } }), paragraph(claim, { type: 'inlineBlock', version: 1, fields: { id: 'c1', blockName: '', blockType: 'cite', citation: work.id, locatorType: 'page', locator: '12' } })) },
  })
  expect(cited.status()).toBe(200)
  await page.goto(`/admin/needs-a-source?article=${String(article.id)}`)
  await expect(page.locator('#sourcing-count')).toHaveText('0 passages')
  await expect(page.locator('#sourcing-queue')).toHaveCount(0)
})
