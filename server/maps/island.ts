import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { ensureBundle } from '@/server/bundle'

const root = process.cwd()
/** The map pages' script and its stylesheet (MapLibre's), served by app/maps-assets/[file]/route.ts. */
export const MAP_ISLAND_DIR = path.join(root, 'dist', 'site')
export const MAP_ISLAND_FILES = { 'island.js': 'text/javascript; charset=utf-8', 'island.css': 'text/css; charset=utf-8' } as const

/**
 * Bundles the map pages' script (MapLibre GL and app/(site)/_components/map/island)
 * for the browser, unless it is current. Reading pages are sent without
 * Next's client runtime, so the map pages' one interactive part is a plain
 * script of its own rather than a Next client component: no React or router
 * to download, and the rest of the site stays script-free.
 */
export async function ensureMapIsland(outdir = MAP_ISLAND_DIR): Promise<void> {
  await ensureBundle(path.join(root, 'app', '(site)', '_components', 'map', 'island', 'main.ts'), path.join(outdir, 'island.js'), {
    platform: 'browser',
    target: 'es2020',
    format: 'iife',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
}

let version: { file: string; mtimeMs: number; hash: string } | undefined
/** A short hash of the current bundle, put in its URL so browsers may keep it for good (an unbuilt island: 'none'). */
export function mapIslandVersion(file = path.join(MAP_ISLAND_DIR, 'island.js')): string {
  if (!existsSync(file)) return 'none'
  const { mtimeMs } = statSync(file)
  if (version?.file !== file || version.mtimeMs !== mtimeMs) version = { file, mtimeMs, hash: createHash('sha256').update(readFileSync(file)).update(readFileSync(file.replace(/\.js$/, '.css'))).digest('hex').slice(0, 12) }
  return version.hash
}
