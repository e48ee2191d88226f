import { expect, test, type APIRequestContext } from '@playwright/test'

import { dragSelect } from './selectText'
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

test('a historian annotates a source by selecting; the note is marked and listed, and after a new version without the passage it is listed as text no longer found', async ({ page, request }) => {
  const title = unique('Garrison at Khorgos')
  const kept = 'The relay station kept forty horses for the imperial post.'
  const doubtful = 'It was founded in 1762 by order of the Ili general.'
  const sourceId = await importSource(request, title, `${kept}\n\n${doubtful}`)

  await logIn(page, 'historian')
  await page.goto(`/admin/collections/sources/${sourceId}`)
  const annotator = page.getByTestId('source-annotations')
  await expect(annotator.getByText(doubtful)).toBeVisible()
  await dragSelect(page.locator('body'), page, 'founded in 1762')

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
  await dragSelect(page.locator('body'), page, 'forty horses')
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
