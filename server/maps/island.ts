import path from 'node:path'

import { ensureBundle } from '@/server/bundle'
import { MAP_ISLAND_DIR } from './islandFiles'

/**
 * Bundles the map pages' script (MapLibre GL and app/(site)/_components/map/island)
 * for the browser, unless it is current. Reading pages are sent without
 * Next's client runtime, so the map pages' one interactive part is a plain
 * script of its own rather than a Next client component: no React or router
 * to download, and the rest of the site stays script-free. Run by `npm start`,
 * `build` and `dev`, outside Next (whose server bundle must not include esbuild).
 */
export async function ensureMapIsland(outdir = MAP_ISLAND_DIR): Promise<void> {
  await ensureBundle(path.join(process.cwd(), 'app', '(site)', '_components', 'map', 'island', 'main.ts'), path.join(outdir, 'island.js'), {
    platform: 'browser',
    target: 'es2020',
    format: 'iife',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
}
