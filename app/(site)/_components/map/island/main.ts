/**
 * The map pages' script (bundled by server/maps/island.ts): every map figure
 * marked data-map-island becomes a MapLibre map with a time slider once WebGL
 * has drawn it; until then, and wherever WebGL fails, the SVG stays.
 */
import 'maplibre-gl/dist/maplibre-gl.css'
import './island.css'

import { mountMapIsland } from './mountMapIsland'

for (const root of document.querySelectorAll<HTMLElement>('[data-map-island]')) {
  mountMapIsland(root).catch((error: unknown) => console.warn('The interactive map could not start; the drawn map stays.', error))
}
