import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { MAP_ISLAND_DIR, MAP_ISLAND_FILES, mapIslandVersion } from '@/server/maps/islandFiles'

/** The map pages' script and stylesheet (server/maps/island.ts): kept for good under the URL of their version, revalidated otherwise. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (!Object.hasOwn(MAP_ISLAND_FILES, file)) return new Response('Not found', { status: 404 })
  const version = mapIslandVersion()
  const body = await readFile(path.join(MAP_ISLAND_DIR, file)).catch(() => null)
  if (!body) return new Response('The map script is not built (npm run build)', { status: 404 })
  const current = new URL(request.url).searchParams.get('v') === version
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': MAP_ISLAND_FILES[file as keyof typeof MAP_ISLAND_FILES],
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: `"${version}"`,
    },
  })
}
