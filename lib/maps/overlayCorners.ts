/**
 * A historical image placed on the basemap by its four corners (the maps
 * collection's `overlays[].corners`, the order MapLibre's image source takes):
 * top-left, top-right, bottom-right, bottom-left, each [longitude, latitude].
 * The checks a placement passes before it is saved: four positions in range,
 * and a quadrilateral that does not cross itself (@turf/kinks), which is what
 * dragging one corner past another makes.
 */
import kinks from '@turf/kinks'
import type { Position } from 'geojson'

export type Corners = [Position, Position, Position, Position]

export const CORNER_NAMES = [
  { en: 'top-left', zh: '左上角' },
  { en: 'top-right', zh: '右上角' },
  { en: 'bottom-right', zh: '右下角' },
  { en: 'bottom-left', zh: '左下角' },
] as const

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isPosition = (value: unknown): value is Position => Array.isArray(value) && value.length === 2 && value.every(isNumber)

const crosses = (path: Position[]) => kinks({ type: 'LineString', coordinates: path }).features.length > 0

/**
 * The edges of a quadrilateral that cross, as pairs of corner indexes, or null.
 * Only opposite edges can cross (adjacent ones share a corner): each pair is
 * tested as the three-edge path around the corner between them.
 */
function crossingEdges([topLeft, topRight, bottomRight, bottomLeft]: Corners): null | [[number, number], [number, number]] {
  if (crosses([bottomRight, bottomLeft, topLeft, topRight])) return [[0, 1], [2, 3]]
  if (crosses([topRight, bottomRight, bottomLeft, topLeft])) return [[1, 2], [3, 0]]
  return null
}

/** Checks an overlay's corners: true, or a message naming the overlay and the corner at fault. */
export function checkOverlayCorners(value: unknown, overlay: string): true | string {
  const corner = (index: number) => `the ${CORNER_NAMES[index]!.en} corner`
  if (!Array.isArray(value) || value.length !== 4)
    return `Overlay "${overlay}" needs four corners (top-left, top-right, bottom-right, bottom-left, each [longitude, latitude]).`
  for (const [index, position] of value.entries()) {
    if (!isPosition(position)) return `Overlay "${overlay}": ${corner(index)} must be [longitude, latitude], two numbers.`
    const [longitude, latitude] = position as [number, number]
    if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90)
      return `Overlay "${overlay}": ${corner(index)} is out of range (${longitude}, ${latitude}): longitude must be within −180…180 and latitude within −90…90.`
  }
  const corners = value as Corners
  const same = corners.findIndex((position, index) => corners.some((other, before) => before < index && other[0] === position[0] && other[1] === position[1]))
  if (same >= 0) return `Overlay "${overlay}": ${corner(same)} lies on another corner; drag it to where that corner of the image belongs.`
  const crossing = crossingEdges(corners)
  if (crossing) {
    const [[a, b], [c, d]] = crossing
    return `Overlay "${overlay}" is a twisted quadrilateral: the edge from ${corner(a)} to ${corner(b)} crosses the edge from ${corner(c)} to ${corner(d)}. Move ${corner(b)} or ${corner(c)} back so that no two edges cross.`
  }
  return true
}

/** Corners that frame an extent: the image laid on it as a rectangle, the starting point of a new overlay. */
export function cornersOfExtent({ west, south, east, north }: { west: number; south: number; east: number; north: number }): Corners {
  return [
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ]
}
