/**
 * bench/site: requests per second and p50/p99 latency of the article page, the
 * home page and a search, with autocannon against `npm start` (production
 * build, founding corpus) — and, in the same run, the same article HTML served
 * as a static file by a plain Node server, so the ratio holds on a noisy
 * machine. Also reports the client JavaScript each page type ships (gzipped).
 * Prints a table and writes bench/results/site.json.
 */
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const port = Number(process.env.BENCH_PORT ?? 3391)
const staticPort = port + 1
const origin = `http://localhost:${port}`
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const dataDir = mkdtempSync(path.join(tmpdir(), 'annals-bench-site-'))

const server = spawn(process.execPath, ['--conditions=production', 'scripts/run.mjs', 'scripts/start.ts'], {
  env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media') },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
})
const stop = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM')
  } catch {
    // already gone
  }
  rmSync(dataDir, { recursive: true, force: true })
}
process.on('exit', stop)

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the server did not answer /api/health within 10 minutes')
}

type Figures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number }

async function load(url: string): Promise<Figures> {
  await fetch(url) // render and cache before measuring
  const result = await autocannon({ url, connections: 10, duration: seconds })
  return { requestsPerSecond: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: result.errors + result.non2xx }
}

/** Gzipped bytes of the JavaScript a page makes a modern browser load: script files and inline scripts (JSON-LD is data, not code). */
async function clientJs(url: string): Promise<number> {
  const html = await (await fetch(url)).text()
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes = '', body = '']) => ({ attributes, body }))
  // noModule scripts (legacy polyfills) are never fetched by the browsers the site supports.
  const sources = scripts.map(({ attributes }) => (/nomodule/i.test(attributes) ? undefined : /\ssrc="([^"]+)"/.exec(attributes)?.[1])).filter(Boolean)
  const inline = scripts.filter(({ attributes }) => !/\ssrc=|application\/ld\+json/.test(attributes)).map(({ body }) => body).join('')
  let total = inline ? gzipSync(inline).byteLength : 0
  for (const src of new Set(sources)) total += gzipSync(Buffer.from(await (await fetch(new URL(src!, origin))).arrayBuffer())).byteLength
  return total
}

await waitForHealth()
const articles = (await (await fetch(`${origin}/api/articles?limit=1&depth=0&where[_status][equals]=published&sort=-updatedAt`)).json()) as { docs: { slug: string }[] }
const slug = articles.docs[0]?.slug
if (!slug) throw new Error('no published article to measure')
const pages = { article: `${origin}/en/articles/${slug}`, home: `${origin}/en`, search: `${origin}/zh/search?q=${encodeURIComponent('伊犁')}` }

const articleHtml = await (await fetch(pages.article)).text()
const staticServer = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  response.end(articleHtml)
}).listen(staticPort)

// The static server and the article back to back: the ratio is the figure, and the machine's load drifts.
const staticArticle = await load(`http://localhost:${staticPort}/`)
const results = {
  article: await load(pages.article),
  home: await load(pages.home),
  search: await load(pages.search),
  staticArticle,
}
staticServer.close()
const clientJsGzipBytes = { article: await clientJs(pages.article), home: await clientJs(pages.home), search: await clientJs(pages.search) }

console.log(`\nbench/site — ${seconds} s each, 10 connections`)
console.log('  page               req/s     p50 ms   p99 ms   errors')
for (const [name, figures] of Object.entries(results)) {
  console.log(`  ${name.padEnd(16)} ${String(figures.requestsPerSecond).padStart(7)} ${String(figures.p50Ms).padStart(9)} ${String(figures.p99Ms).padStart(8)} ${String(figures.errors).padStart(8)}`)
}
const ratio = results.article.requestsPerSecond / results.staticArticle.requestsPerSecond
console.log(`  article vs static file: ${(ratio * 100).toFixed(0)} % of the static server's throughput`)
console.log('  client JavaScript (gzip): ' + Object.entries(clientJsGzipBytes).map(([page, bytes]) => `${page} ${(bytes / 1024).toFixed(1)} KB`).join(', '))
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/site.json', JSON.stringify({ date: new Date().toISOString(), seconds, results, articleToStaticRatio: ratio, clientJsGzipBytes }, null, 2) + '\n')
console.log('written bench/results/site.json')
stop()
process.exit(0)
