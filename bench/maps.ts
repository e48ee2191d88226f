/**
 * bench/maps: the frontier map's server-side SVG render time (lib/maps, no
 * server), then against `npm start` (production build, founding corpus) the
 * published map page's size — HTML, CSS, script and data, gzipped — and its
 * time to first render in Chromium (navigation start to the SVG painted).
 * Prints the figures and writes bench/results/maps.json.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

import { basemapLayers, type BasemapTopology } from '@/lib/maps/basemap'
import type { MapFeatureCollection } from '@/lib/maps/features'
import { renderMapSvg } from '@/lib/maps/svg'
import { startProductionServer } from './productionServer'

const port = Number(process.env.BENCH_PORT ?? 3395)

function svgRenderMs(): { medianMs: number; bytes: number } {
  const basemap = basemapLayers(JSON.parse(readFileSync(path.join(process.cwd(), 'geo', 'basemap.topo.json'), 'utf8')) as BasemapTopology)
  const data = JSON.parse(readFileSync(path.join(process.cwd(), 'corpus', 'maps.json'), 'utf8')) as { features: { properties: MapFeatureCollection['features'][number]['properties']; geometry: MapFeatureCollection['features'][number]['geometry'] }[] }
  const features: MapFeatureCollection = { type: 'FeatureCollection', features: data.features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: f.geometry })) }
  const extent = { west: 70, south: 38, east: 145, north: 58 }
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < 30; i++) {
    const start = performance.now()
    bytes = renderMapSvg({ title: 'bench', basemap, extent, features }).length
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { medianMs: Math.round(times[15]! * 10) / 10, bytes }
}

async function mapPage(origin: string) {
  const { docs } = (await (await fetch(`${origin}/api/maps?limit=1&depth=0&where[_status][equals]=published`)).json()) as { docs: { slug: string }[] }
  const url = `${origin}/en/maps/${docs[0]!.slug}`
  await fetch(url) // rendered once, then served from the page cache
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
  const page = await browser.newPage()
  const bodies: { type: string; gzip: number }[] = []
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0))
    bodies.push({ type: response.request().resourceType(), gzip: gzipSync(body).length })
  })
  const renders: number[] = []
  for (let i = 0; i < 5; i++) {
    bodies.length = 0
    await page.goto(url, { waitUntil: 'load' })
    await page.locator('.map-canvas svg').waitFor()
    renders.push(await page.evaluate(() => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? -1))
  }
  await browser.close()
  renders.sort((a, b) => a - b)
  const total = bodies.reduce((sum, body) => sum + body.gzip, 0)
  const script = bodies.filter((body) => body.type === 'script').reduce((sum, body) => sum + body.gzip, 0)
  return { url, totalGzipBytes: total, scriptGzipBytes: script, firstRenderMs: Math.round(renders[2]!) }
}

const svg = svgRenderMs()
const server = await startProductionServer(port)
try {
  const page = await mapPage(server.origin)
  const results = { svgRenderMedianMs: svg.medianMs, svgBytes: svg.bytes, ...page }
  console.log(JSON.stringify(results, null, 2))
  mkdirSync(path.join(process.cwd(), 'bench', 'results'), { recursive: true })
  writeFileSync(path.join(process.cwd(), 'bench', 'results', 'maps.json'), JSON.stringify(results, null, 2))
} finally {
  await server.stop()
}
