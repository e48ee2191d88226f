import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** The map pages' script and its stylesheet (MapLibre's), built by server/maps/island.ts, served by app/maps-assets/[file]/route.ts. */
export const MAP_ISLAND_DIR = path.join(process.cwd(), 'dist', 'site')
export const MAP_ISLAND_FILES = { 'island.js': 'text/javascript; charset=utf-8', 'island.css': 'text/css; charset=utf-8' } as const

let version: { file: string; mtimeMs: number; hash: string } | undefined
/** A short hash of the current bundle, put in its URL so browsers may keep it for good (an unbuilt island: 'none'). */
export function mapIslandVersion(file = path.join(MAP_ISLAND_DIR, 'island.js')): string {
  if (!existsSync(file)) return 'none'
  const { mtimeMs } = statSync(file)
  if (version?.file !== file || version.mtimeMs !== mtimeMs) version = { file, mtimeMs, hash: createHash('sha256').update(readFileSync(file)).update(readFileSync(file.replace(/\.js$/, '.css'))).digest('hex').slice(0, 12) }
  return version.hash
}
