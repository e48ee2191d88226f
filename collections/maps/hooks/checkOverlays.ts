import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Period } from '@/lib/maps/features'
import { checkOverlayCorners } from '@/lib/maps/overlayCorners'

type Overlay = { image?: unknown; label?: null | string; corners?: unknown; from?: null | number; to?: null | number }

const idOf = (image: unknown) => (image && typeof image === 'object' && 'id' in image ? (image as { id: unknown }).id : image)

/** The first problem of one overlay's placement and years, or null. */
function overlayProblem(overlay: Overlay, name: string, { startYear, endYear }: Period): null | string {
  const corners = checkOverlayCorners(overlay.corners, name)
  if (corners !== true) return corners
  const { from, to } = overlay
  if (from != null && to != null && from > to) return `Overlay "${name}" ends (${to}) before it begins (${from}).`
  for (const year of [from, to]) {
    if (year != null && ((startYear != null && year < startYear) || (endYear != null && year > endYear)))
      return `Overlay "${name}": the year ${year} is outside the map's period (${startYear ?? '…'}–${endYear ?? '…'}).`
  }
  return null
}

/**
 * Every save of a map, drafts and autosaves included: each overlay's corners
 * make a simple quadrilateral within range, its years lie in the map's period,
 * and its image is an image (the media collection refuses anything else at
 * upload; this holds a record that names some other file). A problem refuses
 * the save naming the overlay and the corner, and nothing is written.
 */
export const checkOverlays: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('overlays' in data) || !Array.isArray(data.overlays)) return data
  const overlays = data.overlays as Overlay[]
  const period = ((data.period ?? originalDoc?.period) || {}) as Period
  const refuse = (index: number, message: string) => {
    throw new ValidationError({ collection: 'maps', errors: [{ path: `overlays.${index}.corners`, message }], req })
  }
  for (const [index, overlay] of overlays.entries()) {
    const problem = overlayProblem(overlay, overlay.label?.trim() || `overlay ${index + 1}`, period)
    if (problem) refuse(index, problem)
  }
  const ids = overlays.map((overlay) => idOf(overlay.image)).filter((id) => id != null)
  if (!ids.length) return data
  const { docs } = await req.payload.find({ collection: 'media', req, depth: 0, pagination: false, where: { id: { in: ids } }, select: { mimeType: true, filename: true } })
  for (const [index, overlay] of overlays.entries()) {
    const media = docs.find((doc) => String(doc.id) === String(idOf(overlay.image)))
    if (media && !media.mimeType?.startsWith('image/')) refuse(index, `Overlay "${overlay.label?.trim() || `overlay ${index + 1}`}": ${media.filename ?? 'its file'} is not an image (${media.mimeType ?? 'unknown type'}).`)
  }
  return data
}
