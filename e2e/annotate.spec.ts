import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { apiToken, auth, logIn, unique } from './support'

/** Imports a small source as the editor (a new version of `versionOf` when given) and returns its id. */
async function importSource(request: APIRequestContext, title: string, text: string, versionOf?: string): Promise<string> {
  const response = await request.post('/api/sources/import', {
    headers: auth(await apiToken(request, 'editor')),
    multipart: { file: { name: 'garrison.md', mimeType: 'text/markdown', buffer: Buffer.from(`# ${title}\n\n${text}\n`) }, _payload: JSON.stringify({ language: 'en', title, ...(versionOf ? { versionOf } : {}) }) },
  })
  expect(response.ok(), await response.text()).toBe(true)
  return String(((await response.json()) as { sourceId: string | number }).sourceId)
}

/** Selects `words` in the shown text with the mouse, as a person drags across them. */
async function dragSelect(page: Page, words: string) {
  await page.locator('[data-segment-id]', { hasText: words }).scrollIntoViewIfNeeded()
  const box = await page.evaluate((wanted) => {
    const block = [...document.querySelectorAll<HTMLElement>('[data-segment-id]')].find((element) => element.textContent?.includes(wanted))
    const node = block?.firstChild
    if (!node?.textContent) throw new Error(`"${wanted}" is not shown`)
    const start = node.textContent.indexOf(wanted)
    const range = document.createRange()
    range.setStart(node, start)
    range.setEnd(node, start + 1)
    const first = range.getBoundingClientRect()
    range.setStart(node, start + wanted.length - 1)
    range.setEnd(node, start + wanted.length)
    const last = range.getBoundingClientRect()
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
  }, words)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y2, { steps: 8 })
  await page.mouse.up()
}

test('a historian annotates a source by selecting; the note is marked and listed, and after a new version without the passage it is listed as text no longer found', async ({ page, request }) => {
  const title = unique('Garrison at Khorgos')
  const kept = 'The relay station kept forty horses for the imperial post.'
  const doubtful = 'It was founded in 1762 by order of the Ili general.'
  const sourceId = await importSource(request, title, `${kept}\n\n${doubtful}`)

  await logIn(page, 'historian')
  await page.goto(`/admin/collections/sources/${sourceId}`)
  const annotator = page.getByTestId('source-annotations')
  await expect(annotator.getByText(doubtful)).toBeVisible()
  await dragSelect(page, 'founded in 1762')

  const popover = page.getByRole('dialog', { name: 'Annotations' })
  await expect(popover.locator('q')).toHaveText('founded in 1762')
  await popover.getByLabel('Kind').selectOption('questioning')
  await popover.getByLabel('Note').fill('Which source gives 1762?')
  await popover.getByRole('button', { name: 'Save annotation' }).click()
  await expect(popover).toBeHidden()

  const mark = annotator.locator('mark[data-highlight-id]')
  await expect(mark).toHaveText('founded in 1762')
  await expect(mark).toHaveAttribute('title', /Which source gives 1762\?/)
  const panel = page.getByRole('complementary', { name: 'Annotations' })
  await expect(panel.getByRole('listitem')).toContainText('Which source gives 1762?')

  // An empty note is refused with the reason, nothing saved.
  await dragSelect(page, 'forty horses')
  await popover.getByRole('button', { name: 'Save annotation' }).click()
  await expect(popover.getByRole('alert')).toContainText('The note is empty')
  await popover.getByRole('button', { name: 'Cancel' }).click()
  await expect(panel.getByRole('listitem')).toHaveCount(1)

  await importSource(request, title, `${kept}\n\nIts founding date is not recorded.`, sourceId)
  await page.reload()
  await expect(panel.getByRole('listitem')).toContainText('Text no longer found')
  await expect(panel.getByRole('listitem')).toContainText('founded in 1762')
  await expect(annotator.locator('mark')).toHaveCount(0)

  await page.goto('/admin')
  await expect(page.getByTestId('open-annotations-mine')).toContainText('founded in 1762')
})
