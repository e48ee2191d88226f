import type { Map as MaplibreMap } from 'maplibre-gl'

import type { Extent } from '@/lib/maps/region'

/**
 * Frames `extent` in the map as its container now is. MapLibre skips the
 * first size its ResizeObserver reports, so a container that changed size
 * between the map's making and its first frame (the admin's layout settling)
 * kept a canvas of the old size: drawn in part of the box, with clicks
 * landing on other places than the ones shown. Called once, at load.
 */
export function frameExtent(map: MaplibreMap, { west, south, east, north }: Extent): void {
  map.resize()
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { animate: false },
  )
}
