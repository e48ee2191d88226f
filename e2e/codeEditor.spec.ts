import { expect, test } from '@playwright/test'

import { blockNonLocalRequests } from './offline'
import { apiToken, auth, logIn, unique } from './support'

test('the GeoJSON field of a map opens its code editor with the network blocked, and what is typed there is saved', async ({ page, request }) => {
  const blocked = await blockNonLocalRequests(page)
  const token = await apiToken(request, 'editor')
  const title = unique('Offline editor map')
  const created = await request.post('/api/maps', { headers: auth(token), data: { title, _status: 'draft' } })
  expect(created.status()).toBe(201)
  const id = ((await created.json()) as { doc: { id: string | number } }).doc.id

  await logIn(page, 'editor')
  await page.goto(`/admin/collections/maps/${id}`)
  // The map editor is the features field's first tab; the GeoJSON code editor its second.
  await page.getByRole('tab', { name: 'GeoJSON' }).click()
  const editor = page.locator('.json-field .monaco-editor').first()
  await expect(editor).toBeVisible()
  await editor.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.insertText('{"type":"FeatureCollection","features":[]}')
  await expect(editor.locator('.view-lines')).toContainText('FeatureCollection')
  // The draft autosave sends it: the stored draft has what was typed.
  await expect
    .poll(async () => {
      const stored = await request.get(`/api/maps/${id}?draft=true&depth=0`, { headers: auth(token) })
      return ((await stored.json()) as { features?: { type?: string } }).features?.type
    })
    .toBe('FeatureCollection')
  expect(blocked).toEqual([])
})

test('a source shows its segments in the code editor with the network blocked', async ({ page, request }) => {
  const blocked = await blockNonLocalRequests(page)
  const token = await apiToken(request, 'editor')
  const sources = await request.get('/api/sources?limit=1&depth=0', { headers: auth(token) })
  const source = ((await sources.json()) as { docs: { id: string | number }[] }).docs[0]
  expect(source).toBeDefined()
  await logIn(page, 'editor')
  await page.goto(`/admin/collections/sources/${source!.id}`)
  const editor = page.locator('.json-field').filter({ hasText: 'Segments' }).locator('.monaco-editor')
  await expect(editor.locator('.view-lines')).toContainText('"segmentId"')
  expect(blocked).toEqual([])
})
