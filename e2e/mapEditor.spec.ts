import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import sharp from 'sharp'

import config from '../playwright.config'
import { blockNonLocalRequests } from './offline'
import { apiToken, auth, logIn, unique, watchRequests } from './support'

// WebGL in headless Chromium without a GPU: SwiftShader, for this file only (the rest of the suite runs with --disable-gpu).
const defaults = config.use?.launchOptions
test.use({
  launchOptions: {
    ...defaults,
    args: [...(defaults?.args ?? []).filter((arg) => arg !== '--disable-gpu'), '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  },
})

type Id = number | string
type StoredMap = {
  _status?: string
  features?: { features: { geometry: { type: string; coordinates: number[][] }; properties: Record<string, unknown> }[] } | null
  overlays?: { corners: number[][]; opacity: number }[]
}

/** A draft map of the test's own over the Amur, with a period; `extra` adds overlays. */
async function draftMap(request: APIRequestContext, token: string, extra: Record<string, unknown> = {}): Promise<Id> {
  const created = await request.post('/api/maps', {
    headers: auth(token),
    data: { title: unique('Editor test map'), _status: 'draft', period: { startYear: 1680, endYear: 1900 }, extent: { west: 110, south: 42, east: 136, north: 56 }, ...extra },
  })
  expect(created.status(), await created.text()).toBe(201)
  return ((await created.json()) as { doc: { id: Id } }).doc.id
}

const stored = async (request: APIRequestContext, token: string, id: Id, draft = true) =>
  (await (await request.get(`/api/maps/${id}?depth=0${draft ? '&draft=true' : ''}`, { headers: auth(token) })).json()) as StoredMap

async function openEditor(page: Page, id: Id): Promise<Locator> {
  await logIn(page, 'editor')
  await page.goto(`/admin/collections/maps/${id}`)
  const canvas = page.getByTestId('map-editor-canvas')
  await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 30_000 })
  await canvas.scrollIntoViewIfNeeded()
  // The drawing fills its box, even when the admin's layout settled after the map was made.
  const [drawn, box] = await canvas.evaluate((element) => [element.querySelector('canvas')!.getBoundingClientRect(), element.getBoundingClientRect()].map(({ width, height }) => ({ width, height })))
  expect(drawn!.width).toBeCloseTo(box!.width - 2, 0)
  expect(drawn!.height).toBeCloseTo(box!.height - 2, 0)
  return canvas
}

/** A point of the canvas, as fractions of its width and height. */
async function at(canvas: Locator, x: number, y: number) {
  const box = (await canvas.boundingBox())!
  return { x: box.x + box.width * x, y: box.y + box.height * y }
}

test('an editor draws a border line, gives it a kind, labels, years and a cited work, publishes, and the saved GeoJSON has it', async ({ page, request }) => {
  const blocked = await blockNonLocalRequests(page)
  const basemap: string[] = []
  page.on('requestfinished', (finished) => {
    if (new URL(finished.url()).pathname.startsWith('/maps-assets/basemap/')) basemap.push(finished.url())
  })
  const token = await apiToken(request, 'editor')
  const workTitle = unique('Treaty atlas')
  const work = await request.post('/api/citations', { headers: auth(token), data: { type: 'book', title: { original: workTitle }, authors: [{ family: 'Mancall', given: 'Mark' }], issued: '1971' } })
  expect(work.status()).toBe(201)
  const citationId = ((await work.json()) as { doc: { id: Id } }).doc.id
  const id = await draftMap(request, token)
  const canvas = await openEditor(page, id)
  const requests = watchRequests(page)

  await page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: 'Line', exact: true }).click()
  for (const [x, y] of [
    [0.3, 0.4],
    [0.5, 0.35],
    [0.7, 0.45],
  ] as const) {
    const point = await at(canvas, x, y)
    await page.mouse.click(point.x, point.y)
    await page.waitForTimeout(150)
  }
  // Clicking the last point again finishes the line; it is then selected, and its properties open.
  const last = await at(canvas, 0.7, 0.45)
  await page.mouse.click(last.x, last.y)
  const form = page.getByRole('group', { name: 'Selected feature' })
  await expect(form).toBeVisible()
  await form.getByLabel('Kind').selectOption({ label: 'Border (treaty line)' })
  await form.getByLabel('Label (English)').fill('Test treaty line')
  await form.getByLabel('Label (Chinese)').fill('测试条约界线')
  await form.getByLabel('From (year)').fill('1689')
  await form.getByLabel('To (year)').fill('1858')
  await form.getByLabel('Cited work').selectOption({ label: workTitle })
  await form.getByLabel('Pages, sheet, …').fill('44–47')

  await requests.settled()
  await expect(page.locator('#draft-autosave-status')).toHaveAttribute('data-state', 'saved')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success/i)

  const map = await stored(request, token, id, false)
  expect(map._status).toBe('published')
  const lines = map.features?.features ?? []
  expect(lines).toHaveLength(1)
  const [line] = lines
  expect(line!.geometry.type).toBe('LineString')
  expect(line!.geometry.coordinates).toHaveLength(3)
  // Drawn across the middle of the view, west to east, within the map's extent.
  const longitudes = line!.geometry.coordinates.map(([longitude]) => longitude!)
  expect(longitudes[0]).toBeLessThan(longitudes[2]!)
  for (const [longitude, latitude] of line!.geometry.coordinates) {
    expect(longitude).toBeGreaterThan(110)
    expect(longitude).toBeLessThan(136)
    expect(latitude).toBeGreaterThan(42)
    expect(latitude).toBeLessThan(56)
  }
  expect(line!.properties).toMatchObject({ kind: 'border', name: { en: 'Test treaty line', zh: '测试条约界线' }, from: 1689, to: 1858, cite: { citation: citationId, locator: '44–47' } })
  // The basemap came from this server; nothing was asked of any other.
  expect(basemap.length).toBeGreaterThan(0)
  expect(blocked).toEqual([])
})

test('an editor places an overlay by dragging its corners and sets its opacity; the saved corners changed', async ({ page, request }) => {
  const blocked = await blockNonLocalRequests(page)
  const token = await apiToken(request, 'editor')
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#b08850' } }).png().toBuffer()
  const upload = await request.post('/api/media', { headers: auth(token), multipart: { file: { name: 'amur-sketch.png', mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt: 'Sketch of the Amur' }) } })
  expect(upload.status(), await upload.text()).toBe(201)
  const image = ((await upload.json()) as { doc: { id: Id } }).doc.id
  const corners = [
    [118, 52],
    [128, 52],
    [128, 46],
    [118, 46],
  ]
  const id = await draftMap(request, token, { overlays: [{ image, label: 'Amur sketch', corners, opacity: 0.7 }] })
  await openEditor(page, id)

  const topRight = page.getByLabel('Overlay 1: top-right', { exact: true })
  await expect(topRight).toBeVisible()
  // Hovering scrolls the handle into view and puts the pointer on it; then a drag as a person makes one.
  await topRight.hover()
  const from = (await topRight.boundingBox())!
  await page.mouse.down()
  await page.mouse.move(from.x + 60, from.y - 40, { steps: 8 })
  await page.mouse.up()
  await page.getByLabel('Overlay 1 — Opacity').fill('0.4')

  await expect
    .poll(async () => (await stored(request, token, id)).overlays?.[0], { timeout: 20_000 })
    .toMatchObject({ opacity: 0.4 })
  const placed = (await stored(request, token, id)).overlays![0]!
  const [longitude, latitude] = placed.corners[1]!
  // Dragged right and up: east and north of where it was; the other corners stayed.
  expect(longitude).toBeGreaterThan(128)
  expect(latitude).toBeGreaterThan(52)
  expect([placed.corners[0], placed.corners[2], placed.corners[3]]).toEqual([corners[0], corners[2], corners[3]])
  expect(blocked).toEqual([])
})
