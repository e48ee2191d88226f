import { describe, expect, it } from 'vitest'

import { checkOverlayCorners, cornersOfExtent } from './overlayCorners'

// The Ili valley, framed as a rectangle: top-left, top-right, bottom-right, bottom-left.
const ili = cornersOfExtent({ west: 79, south: 42, east: 84, north: 45 })

describe('checkOverlayCorners', () => {
  it('accepts a rectangle and a skewed but simple quadrilateral', () => {
    expect(checkOverlayCorners(ili, 'Ili 1881')).toBe(true)
    expect(checkOverlayCorners([[79.5, 45.2], [84, 44.6], [83.2, 41.9], [78.8, 42.3]], '伊犁图')).toBe(true)
  })

  it('refuses a twisted quadrilateral, naming the corners whose edges cross', () => {
    const [topLeft, topRight, bottomRight, bottomLeft] = ili
    // The right-hand corners dragged past each other: the top and bottom edges cross.
    expect(checkOverlayCorners([topLeft, bottomRight, topRight, bottomLeft], 'Ili 1881')).toBe(
      'Overlay "Ili 1881" is a twisted quadrilateral: the edge from the top-left corner to the top-right corner crosses the edge from the bottom-right corner to the bottom-left corner. Move the top-right corner or the bottom-right corner back so that no two edges cross.',
    )
    // The top corners swapped: the left and right edges cross.
    expect(checkOverlayCorners([topRight, topLeft, bottomRight, bottomLeft], '伊犁图')).toMatch(
      /^Overlay "伊犁图" is a twisted quadrilateral: the edge from the top-right corner to the bottom-right corner crosses the edge from the bottom-left corner to the top-left corner\./,
    )
  })

  it('refuses a corner out of range, naming it', () => {
    const [topLeft, , bottomRight, bottomLeft] = ili
    expect(checkOverlayCorners([topLeft, [184, 45], bottomRight, bottomLeft], 'Ili 1881')).toMatch(/^Overlay "Ili 1881": the top-right corner is out of range \(184, 45\)/)
    expect(checkOverlayCorners([topLeft, ili[1], bottomRight, [79, -91]], 'Ili 1881')).toMatch(/the bottom-left corner is out of range \(79, -91\)/)
  })

  it('refuses fewer than four corners, a corner that is not two numbers, and two corners in one place', () => {
    expect(checkOverlayCorners(ili.slice(0, 3), 'Ili 1881')).toMatch(/needs four corners/)
    expect(checkOverlayCorners(null, 'Ili 1881')).toMatch(/needs four corners/)
    expect(checkOverlayCorners([ili[0], ['84', 45], ili[2], ili[3]], 'Ili 1881')).toMatch(/the top-right corner must be \[longitude, latitude\]/)
    expect(checkOverlayCorners([ili[0], ili[1], ili[1], ili[3]], 'Ili 1881')).toMatch(/the bottom-right corner lies on another corner/)
  })
})
