import { BASEMAP_LAYERS, basemapLayerJson, type BasemapLayer } from '@/lib/maps/basemap'
import { siteBasemap } from '@/app/(site)/_data/maps'

// One file per basemap layer, the same for every build: made at build time, then served as a static file.
export const dynamic = 'force-static'
export function generateStaticParams() {
  return BASEMAP_LAYERS.map((layer) => ({ layer }))
}

/** A basemap layer as GeoJSON, for MapLibre on the map pages and in the admin's map editor (lib/maps/maplibreStyle.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ layer: string }> }) {
  const { layer } = await params
  if (!(BASEMAP_LAYERS as readonly string[]).includes(layer)) return new Response('No such basemap layer', { status: 404 })
  return new Response(basemapLayerJson(siteBasemap(), layer as BasemapLayer), { headers: { 'Content-Type': 'application/geo+json', 'Cache-Control': 'public, max-age=86400' } })
}
