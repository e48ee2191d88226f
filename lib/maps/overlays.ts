/**
 * A map's historical image overlays as the site draws them: an image placed
 * by its four corners (top-left, top-right, bottom-right, bottom-left, as
 * [longitude, latitude]), with an opacity, optional years and a citation.
 * The admin's map editor stores the corners in this shape; records that
 * store them as four {latitude, longitude} groups are read too.
 */
import type { FeatureCite, Localized } from './features'

export type Corner = [number, number]
export type Corners = [Corner, Corner, Corner, Corner]

export type MapOverlay = {
  url: string
  corners: Corners
  opacity: number
  from?: null | number
  to?: null | number
  label?: Localized
  cite?: FeatureCite | null
}

type LatLng = { latitude?: null | number; longitude?: null | number } | null | undefined
type MediaLike = { url?: null | string; sizes?: Record<string, { url?: null | string } | null | undefined> | null } | string | number | null | undefined
/** An overlay row as the maps collection may store it. */
export type OverlayRecord = {
  image?: MediaLike
  corners?: unknown
  topLeft?: LatLng
  topRight?: LatLng
  bottomRight?: LatLng
  bottomLeft?: LatLng
  opacity?: null | number
  from?: null | number
  to?: null | number
  label?: unknown
  citation?: unknown
  locator?: null | string
}

const isCorner = (value: unknown): value is Corner =>
  Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(value[0]) <= 180 && Math.abs(value[1]) <= 90

function cornersOf(row: OverlayRecord): Corners | null {
  if (Array.isArray(row.corners) && row.corners.length === 4 && row.corners.every(isCorner)) return row.corners as Corners
  const groups = [row.topLeft, row.topRight, row.bottomRight, row.bottomLeft].map((g) => (g?.longitude != null && g.latitude != null ? [g.longitude, g.latitude] : null))
  return groups.every(isCorner) ? (groups as Corners) : null
}

/** The web-sized image of an uploaded scan: the `web` size when the media collection made one, else the file. */
function imageUrl(image: MediaLike): string | null {
  if (!image || typeof image !== 'object') return null
  return image.sizes?.web?.url ?? image.url ?? null
}

const idOf = (value: unknown): string | number | null =>
  typeof value === 'string' || typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? ((value as { id: string | number }).id ?? null) : null

/** The overlays of a map record that can be drawn (an image with a URL and four corners in range), in their order. */
export function mapOverlays(rows: readonly OverlayRecord[] | null | undefined): MapOverlay[] {
  return (rows ?? []).flatMap((row) => {
    const url = imageUrl(row.image)
    const corners = cornersOf(row)
    if (!url || !corners) return []
    const citation = idOf(row.citation)
    const label = typeof row.label === 'string' ? { en: row.label, zh: row.label } : (row.label as Localized | undefined)
    return [{ url, corners, opacity: row.opacity ?? 0.7, from: row.from ?? null, to: row.to ?? null, label, cite: citation != null ? { citation, locator: row.locator ?? null } : null }]
  })
}
