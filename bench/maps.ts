/**
 * bench/maps: the frontier map's server-side SVG render time (lib/maps, no
 * server), then against `npm start` (production build, founding corpus) the
 * published map page's size — HTML, CSS, script (MapLibre and the island)
 * and data, gzipped — and in Chromium (WebGL through SwiftShader) the time
 * from navigation start to MapLibre's first complete drawing of the map
 * (the island's `map-drawn` mark) with when the script and data arrived, and
 * without script to the SVG page's load event.
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  })
  const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!)
  // Each run in a fresh context: nothing cached, every byte counted (the last run's, every body read before the context closes).
  let bodies: { type: string; gzip: number }[] = []
  const drawn: number[] = []
  const timeline: Record<string, number>[] = []
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const reading: Promise<{ type: string; gzip: number }>[] = []
    page.on('response', (response) => {
      // MapLibre's worker starts from a blob: URL made of the script already counted: not a download.
      if (!response.url().startsWith('http')) return
      reading.push(response.body().then((body) => ({ type: response.request().resourceType(), gzip: gzipSync(body).length }), () => ({ type: response.request().resourceType(), gzip: 0 })))
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.locator('[data-map-island][data-map-ready="true"]').waitFor({ timeout: 60_000 })
    drawn.push(await page.evaluate(() => performance.getEntriesByName('map-drawn')[0]?.startTime ?? -1))
    // Where the time went: when the script and the map's data had arrived (resource timing, ms from navigation start;
    // MapLibre fetches the basemap layers in its worker, which this page's timeline does not see).
    timeline.push(
      await page.evaluate(() => {
        const ends = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ path: new URL(entry.name).pathname, end: entry.responseEnd }))
        const last = (test: (path: string) => boolean) => Math.round(Math.max(-1, ...ends.filter((entry) => test(entry.path)).map((entry) => entry.end)))
        return { script: last((p) => p.endsWith('/island.js')), mapData: last((p) => p.startsWith('/maps-assets/maps/')) }
      }),
    )
    await page.waitForLoadState('networkidle')
    bodies = await Promise.all(reading)
    await context.close()
  }
  const bytes = (types: string[]) => bodies.filter((body) => types.includes(body.type)).reduce((sum, body) => sum + body.gzip, 0)
  const withoutScript = await browser.newContext({ javaScriptEnabled: false })
  const plain = await withoutScript.newPage()
  const loaded: number[] = []
  for (let i = 0; i < 5; i++) {
    await plain.goto(url, { waitUntil: 'load' })
    await plain.locator('.map-canvas svg').waitFor()
    // Paint timing is not reported with script off; the load event (HTML, SVG and styles in) is.
    loaded.push(await plain.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? -1))
  }
  await browser.close()
  return {
    url,
    totalGzipBytes: bytes(bodies.map((body) => body.type)),
    documentGzipBytes: bytes(['document']),
    scriptGzipBytes: bytes(['script']),
    stylesheetGzipBytes: bytes(['stylesheet']),
    dataGzipBytes: bytes(['fetch', 'xhr', 'image']),
    mapLibreFirstRenderMs: median(drawn),
    arrivedMs: { script: median(timeline.map((entry) => entry.script!)), mapData: median(timeline.map((entry) => entry.mapData!)) },
    svgPageLoadedWithoutScriptMs: median(loaded),
  }
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
