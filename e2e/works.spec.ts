import { expect, test } from '@playwright/test'

import { apiToken, auth, logIn, unique } from './support'

type Created = { doc: { id: number | string; slug?: string } }

const paragraph = (text: string, ...cites: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }, ...cites] })
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })
/** Text as the page shows it whatever the case: Chicago capitalises an English title's words. */
const anyCase = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
const cite = (id: string, work: unknown, locator: string) => ({ type: 'inlineBlock', version: 1, fields: { id, blockName: '', blockType: 'cite', citation: work, locatorType: 'page', locator } })

test('an editor creates a book by hand, watches the Chicago preview follow the form, is shown the work already recorded and merges into it', async ({ page, request }) => {
  const token = await apiToken(request, 'editor')
  const family = unique('Orlovsky').replace(' ', '')
  const title = unique('Frontier Posts of the Upper Argun')
  const existing = ((await (await request.post('/api/citations', { headers: auth(token), data: { type: 'book', authors: [{ family, given: 'Pavel' }], title: { original: title }, issued: '1994' } })).json()) as Created).doc

  await logIn(page, 'editor')
  await page.goto('/admin/collections/citations/create')
  await page.locator('#field-title__original').fill(title)
  const preview = page.locator('#work-preview')
  await expect(preview.locator('[data-locale="en"] .preview-note')).toContainText(anyCase(title))

  await page.getByRole('button', { name: /Add Person/ }).click()
  await page.locator('#field-authors__0__family').fill(family)
  await page.locator('#field-authors__0__given').fill('Pavel N.')
  await page.locator('#field-publisherPlace').fill('Irkutsk')
  await page.locator('#field-publisher').fill('Baikal Press')
  await page.locator('#field-issued').fill('1994')
  // The full note, the short note and the bibliography entry, as the article pages print them.
  await expect(preview.locator('[data-locale="en"] .preview-note')).toContainText(anyCase(`Pavel N. ${family}, ${title} (Irkutsk: Baikal Press, 1994)`))
  await expect(preview.locator('[data-locale="en"] .preview-short-note')).toContainText(anyCase(`${family}, ${title}`))
  await expect(preview.locator('[data-locale="en"] .preview-bibliography')).toContainText(anyCase(`${family}, Pavel N. ${title}. Irkutsk: Baikal Press, 1994.`))
  await expect(preview.locator('[data-locale="zh"] .preview-note')).toContainText('Baikal Press')

  // Same family name, title and year as the recorded work: the form says so, with a link.
  const warning = page.locator('#duplicate-warning')
  await expect(warning).toContainText('This may be a work already recorded')
  await expect(warning.getByRole('link', { name: anyCase(title) })).toHaveAttribute('href', `/admin/collections/citations/${String(existing.id)}`)
  await expect(warning).toContainText('same author, title and year')

  await page.locator('#action-save').click()
  await expect(page).toHaveURL(/\/admin\/collections\/citations\/(?!create)[^/?]+/)
  const created = page.url().split('/').pop()!.split('?')[0]!
  page.once('dialog', (dialog) => void dialog.accept())
  await warning.getByRole('button', { name: 'Merge this work into it' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/citations/${String(existing.id)}`))

  const merged = (await (await request.get(`/api/citations/${created}?depth=0`, { headers: auth(token) })).json()) as { mergedInto?: unknown }
  expect(String(merged.mergedInto)).toBe(String(existing.id))
})

test('a historian records checking a work against its edition; the published article’s note says so, in English and Chinese', async ({ page, request }) => {
  const editor = await apiToken(request, 'editor')
  const workTitle = unique('Reports of the Ili garrison')
  const work = ((await (await request.post('/api/citations', { headers: auth(editor), data: { type: 'book', authors: [{ family: 'Sungyun' }], title: { original: workTitle }, issued: '1998' } })).json()) as Created).doc
  const article = ((await (await request.post('/api/articles', { headers: auth(editor), data: { title: unique('Ili garrison'), _status: 'published', body: body(paragraph('The garrison was moved in 1762.', cite('v1', work.id, '14'))) } })).json()) as Created).doc
  await request.patch(`/api/articles/${String(article.id)}?locale=zh`, { headers: auth(editor), data: { title: unique('伊犁驻防'), _status: 'published', body: body(paragraph('驻防于一七六二年移驻。', cite('v2', work.id, '14'))) } })

  await page.goto(`/en/articles/${article.slug}`)
  await expect(page.locator('.notes li').first()).toContainText(anyCase(`Sungyun, ${workTitle}, 1998, 14.`))
  await expect(page.locator('.note-verified')).toHaveCount(0)

  await logIn(page, 'historian')
  await page.goto(`/admin/collections/citations/${String(work.id)}`)
  await page.getByRole('button', { name: /Add Verification/ }).click()
  await page.locator('#field-verifications__0__edition').fill('1998')
  await page.locator('#field-verifications__0__pages').fill('12-40')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success/i)

  await page.goto(`/en/articles/${article.slug}`)
  await expect(page.locator('.notes li').first().locator('.note-verified')).toHaveText('✓ Verified by a historian against the 1998 edition, pp. 12–40')
  await page.goto(`/zh/articles/${article.slug}`)
  await expect(page.locator('.notes li').first().locator('.note-verified')).toHaveText('✓ 经史学者核对原书：1998 年版，第 12–40 页')
})
