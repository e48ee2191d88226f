import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import sharp from 'sharp'

import config from '../playwright.config'
import { blockNonLocalRequests } from './offline'
import { apiToken, auth, unique } from './support'

// WebGL in headless Chromium without a GPU: SwiftShader, for this file only (the rest of the suite runs with --disable-gpu).
const defaults = config.use?.launchOptions
test.use({
  launchOptions: {
    ...defaults,
    args: [...(defaults?.args ?? []).filter((arg) => arg !== '--disable-gpu'), '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  },
})

const BORDER_RGB = [0x8b, 0x1e, 0x1e] as const

/** Pixels of the map canvas within a small distance of a colour: what the reader sees drawn in it. */
async function pixelsOfColour(canvas: Locator, [r, g, b]: readonly [number, number, number]): Promise<number> {
  const { data, info } = await sharp(await canvas.screenshot()).raw().toBuffer({ resolveWithObject: true })
  let count = 0
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.abs(data[i]! - r) < 24 && Math.abs(data[i + 1]! - g) < 24 && Math.abs(data[i + 2]! - b) < 24) count++
  }
  return count
}

async function distinctColours(canvas: Locator): Promise<number> {
  const { data, info } = await sharp(await canvas.screenshot()).raw().toBuffer({ resolveWithObject: true })
  const colours = new Set<number>()
  for (let i = 0; i < data.length; i += info.channels) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
  return colours.size
}

/** A published map of its own, in both languages: a treaty line that holds 1700–1750 (cited) and a route from 1760. */
async function publishTestMap(request: APIRequestContext) {
  const token = await apiToken(request, 'editor')
  const work = await request.post('/api/citations', { headers: auth(token), data: { type: 'book', title: { original: unique('Frontier surveys') }, authors: [{ family: 'Perdue', given: 'Peter C.' }], issued: '2005' } })
  expect(work.status()).toBe(201)
  const citation = ((await work.json()) as { doc: { id: number | string; title: { original: string } } }).doc
  const line = unique('Test treaty line')
  const route = unique('Test caravan route')
  const features = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'border', name: { en: line, zh: `测试界线 ${line.slice(-6)}` }, from: 1700, to: 1750, cite: { citation: citation.id, locator: '12', locatorType: 'page' } }, geometry: { type: 'LineString', coordinates: [[104, 49], [110, 50], [116, 49]] } },
      { type: 'Feature', properties: { kind: 'route', name: { en: route, zh: `测试商路 ${route.slice(-6)}` }, from: 1760 }, geometry: { type: 'LineString', coordinates: [[104, 46], [116, 47]] } },
    ],
  }
  const title = unique('Test frontier map')
  const created = await request.post('/api/maps?locale=en', {
    headers: auth(token),
    data: { title, caption: 'A map written by the test.', period: { startYear: 1690, endYear: 1800 }, extent: { west: 100, south: 43, east: 120, north: 55 }, features, _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const doc = ((await created.json()) as { doc: { id: number | string; slug: string } }).doc
  const zh = await request.patch(`/api/maps/${doc.id}?locale=zh`, { headers: auth(token), data: { title: `测试边疆图 ${title.slice(-6)}`, caption: '测试所写地图。', _status: 'published' } })
  expect(zh.status(), await zh.text()).toBe(200)
  return { slug: doc.slug, line, route, citation: citation.title.original, zhLine: features.features[0]!.properties.name.zh }
}

const mapReady = (page: Page) => expect(page.locator('[data-map-island]')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 })

test('a reader moves the time slider: the treaty line is drawn only in its years, the list of what is shown follows, and its footnote opens', async ({ page, request }) => {
  const map = await publishTestMap(request)
  const blocked = await blockNonLocalRequests(page)
  await page.goto(`/en/maps/${map.slug}`)
  await mapReady(page)
  const canvas = page.locator('.map-gl canvas')
  await expect(canvas).toBeVisible()
  await expect(page.locator('.map-canvas svg')).toBeHidden()
  const slider = page.getByRole('slider', { name: 'Year' })
  const shown = page.locator('.map-shown li')

  await slider.fill('1720')
  await expect(page.locator('.map-slider output')).toHaveText('1720')
  await expect(shown.filter({ hasText: map.line })).toHaveCount(1)
  await expect(shown.filter({ hasText: map.route })).toHaveCount(0)
  await expect.poll(() => pixelsOfColour(canvas, BORDER_RGB)).toBeGreaterThan(30)

  await slider.focus()
  await page.keyboard.press('End')
  await expect(page.locator('.map-slider output')).toHaveText('1800')
  await expect(shown.filter({ hasText: map.line })).toHaveCount(0)
  await expect(shown.filter({ hasText: map.route })).toHaveCount(1)
  await expect.poll(() => pixelsOfColour(canvas, BORDER_RGB)).toBe(0)

  await page.keyboard.press('Home')
  for (let year = 1690; year < 1700; year++) await page.keyboard.press('ArrowRight')
  await expect(page.locator('.map-slider output')).toHaveText('1700')
  const entry = shown.filter({ hasText: map.line })
  await expect(entry).toHaveCount(1)
  await entry.locator('sup a').click()
  const note = page.locator('ol.notes li:target')
  await expect(note).toBeVisible()
  await expect(note).toContainText(map.citation)
  expect(blocked).toEqual([])

  await page.goto(`/zh/maps/${map.slug}`)
  await mapReady(page)
  await page.getByRole('slider', { name: '年份' }).fill('1720')
  await expect(page.locator('.map-shown li').filter({ hasText: map.zhLine })).toHaveCount(1)
})

test('every map page draws its map with every non-local request blocked, loading only its own script; articles and the index load none', async ({ page, request }) => {
  const blocked = await blockNonLocalRequests(page)
  const scripts: string[] = []
  page.on('request', (loaded) => {
    const url = new URL(loaded.url())
    // MapLibre's worker starts from a blob: URL made from the same script, not a request.
    if (loaded.resourceType() === 'script' && url.protocol.startsWith('http')) scripts.push(url.pathname)
  })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  const maps = ((await (await request.get('/api/maps?limit=100&depth=0')).json()) as { docs: { slug: string }[] }).docs
  expect(maps.length).toBeGreaterThan(0)
  for (const locale of ['en', 'zh']) {
    for (const { slug } of maps) {
      const response = await page.goto(`/${locale}/maps/${slug}`)
      expect(response?.status(), slug).toBe(200)
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self';")
      await mapReady(page)
      expect(await distinctColours(page.locator('.map-gl canvas')), slug).toBeGreaterThan(4)
    }
  }
  expect(new Set(scripts)).toEqual(new Set(['/maps-assets/island.js']))
  expect(errors).toEqual([])
  expect(blocked).toEqual([])

  scripts.length = 0
  await page.goto('/en/maps')
  const articles = ((await (await request.get('/api/articles?limit=1&depth=0&locale=en&where[title][exists]=true')).json()) as { docs: { slug: string }[] }).docs
  const article = await page.goto(`/en/articles/${articles[0]!.slug}`)
  expect(article?.headers()['content-security-policy']).toContain("script-src 'none'")
  expect(scripts).toEqual([])
})

test('the interactive map page has no axe violations in either language', async ({ page, request }) => {
  const maps = ((await (await request.get('/api/maps?limit=1&depth=0')).json()) as { docs: { slug: string }[] }).docs
  for (const locale of ['en', 'zh'] as const) {
    await page.goto(`/${locale}/maps/${maps[0]!.slug}`)
    await mapReady(page)
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), locale).toEqual([])
  }
})
