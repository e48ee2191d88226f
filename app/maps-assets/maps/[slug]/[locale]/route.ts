import { isLocale } from '@/lib/i18n/locales'
import type { MapPageData } from '@/lib/maps/pageData'
import { mapBySlug, mapExtent, mapFeatures, mapOverlaysOf, mapPlaces } from '@/app/(site)/_data/maps'

/**
 * A published map's data for its page's MapLibre island: features, located
 * places named in the locale, overlays. Revalidated on every use (an ETag of
 * the record's last change answers 304), so a published edit shows at once.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; locale: string }> }) {
  const { slug, locale } = await params
  if (!isLocale(locale)) return new Response('Unknown language', { status: 404 })
  const map = await mapBySlug(slug, locale)
  if (!map) return new Response('No such published map', { status: 404 })
  const etag = `"${encodeURIComponent(String(map.id))}-${Date.parse(map.updatedAt)}"`
  const headers = { 'Cache-Control': 'no-cache', ETag: etag }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  const data: MapPageData = {
    extent: mapExtent(map),
    period: map.period ?? {},
    features: mapFeatures(map),
    places: mapPlaces(map, locale),
    overlays: mapOverlaysOf(map),
  }
  return Response.json(data, { headers })
}
