import { expect, test } from '@playwright/test'

import { blockNonLocalRequests } from './offline'

test('an article about a frontier place embeds its published map as SVG with its notes, and the page loads no script', async ({ page, request }) => {
  const blocked = await blockNonLocalRequests(page)
  const scripts: string[] = []
  page.on('request', (loaded) => {
    if (loaded.resourceType() === 'script') scripts.push(loaded.url())
  })
  const maps = ((await (await request.get('/api/maps?limit=1&depth=1&locale=en')).json()) as { docs: { slug: string; placeLayers: { places: { id: string | number }[] }[] }[] }).docs
  const placeIds = maps[0]!.placeLayers.flatMap((layer) => layer.places.map((place) => place.id))
  const where = placeIds.map((id, index) => `where[places][in][${index}]=${encodeURIComponent(String(id))}`).join('&')
  // The article may be written in either language: its page is the one that answers.
  const articles = ((await (await request.get(`/api/articles?limit=10&depth=0&locale=all&${where}`)).json()) as { docs: { slug: string; title: Record<string, string> }[] }).docs
  const article = articles.find((a) => a.title.en) ?? articles[0]!
  const locale = article.title.en ? 'en' : 'zh'
  expect((await page.goto(`/${locale}/articles/${article.slug}`))?.status()).toBe(200)
  const figure = page.locator('.related-maps .map-figure').first()
  await expect(figure.locator('svg')).toBeVisible()
  await expect(page.locator('.related-maps h3 a').first()).toHaveAttribute('href', new RegExp(`/maps/${maps[0]!.slug}$`))
  await expect(figure.locator('ol.notes li').first()).toBeAttached()
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
  expect(scripts).toEqual([])
  expect(blocked).toEqual([])
})

test('a located place shows its map, and says how precisely it is located', async ({ page, request }) => {
  const places = ((await (await request.get('/api/places?limit=1&depth=0&where[coordinates.precision][equals]=exact')).json()) as { docs: { slug: string }[] }).docs
  await page.goto(`/en/places/${places[0]!.slug}`)
  await expect(page.locator('.place-map svg .map-place[data-precision="exact"]')).toBeAttached()
  await expect(page.getByText('located exactly')).toBeVisible()
})
