import { expect, test, type Page } from '@playwright/test'

import { blockNonLocalRequests } from './offline'

// Readers without script: the server-rendered SVG and its CSS year control (e2e/mapsInteractive.spec.ts has the MapLibre map).
test.use({ javaScriptEnabled: false })

const feature = (page: Page, name: string) => page.locator('.map-canvas g.map-feature').filter({ has: page.locator('title', { hasText: name }) })

test('a reader without script opens the frontier map, moves through the years, sees a line appear and disappear, and opens its footnote', async ({ page }) => {
  const blocked = await blockNonLocalRequests(page)
  await page.goto('/en/maps')
  await page.getByRole('link', { name: 'The Qing–Russian frontier, 1689–1881' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Qing–Russian frontier, 1689–1881')
  await expect(page.locator('.map-canvas svg')).toBeVisible()

  const nerchinsk = feature(page, 'Nerchinsk line')
  const aigun = feature(page, 'Aigun line: the Amur')
  await page.getByRole('radio', { name: '1689' }).check()
  await expect(nerchinsk).toBeVisible()
  await expect(aigun).toBeHidden()
  await page.getByRole('radio', { name: '1858' }).check()
  await expect(nerchinsk).toBeHidden()
  await expect(aigun).toBeVisible()

  const entry = page.locator('.map-feature-list li').filter({ hasText: 'Aigun line: the Amur' })
  await entry.locator('sup a').click()
  const note = page.locator('ol.notes li:target')
  await expect(note).toBeVisible()
  await expect(note).toContainText('Russians on the Amur')
  expect(blocked).toEqual([])
})

test('without script, every map page is its SVG with every non-local request blocked, in both languages', async ({ page, request }) => {
  const blocked = await blockNonLocalRequests(page)
  const maps = ((await (await request.get('/api/maps?limit=100&depth=0')).json()) as { docs: { slug: string }[] }).docs
  expect(maps.length).toBeGreaterThan(0)
  for (const locale of ['en', 'zh']) {
    const index = await page.goto(`/${locale}/maps`)
    expect(index?.status()).toBe(200)
    for (const { slug } of maps) {
      const response = await page.goto(`/${locale}/maps/${slug}`)
      expect(response?.status(), slug).toBe(200)
      await expect(page.locator('.map-canvas svg path').first()).toBeAttached()
    }
  }
  await expect(page.locator('.map-legend')).toContainText('现代国界')
  expect(blocked).toEqual([])
})
