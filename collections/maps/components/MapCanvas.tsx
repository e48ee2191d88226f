'use client'
import 'maplibre-gl/dist/maplibre-gl.css'

import maplibregl, { type Map as MaplibreMap } from 'maplibre-gl'
import { useEffect, useRef, useState } from 'react'
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode, TerraDrawRectangleMode, TerraDrawSelectMode } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'

import { frameExtent } from '@/lib/maps/frame'
import { maplibreStyle } from '@/lib/maps/maplibreStyle'
import { BASEMAP_REGION, type Extent } from '@/lib/maps/region'
import { KIND_STYLES } from '@/lib/maps/style'
import type { MapEditorLabels } from './labels'

export type DrawingSurface = { map: MaplibreMap; draw: TerraDraw }

const editable = { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } }

/** The drawing modes: features are drawn in the border colour and recoloured by kind once saved (the site's style). */
function drawingModes() {
  const color = KIND_STYLES.border.color as `#${string}`
  return [
    new TerraDrawSelectMode({ flags: { point: { feature: { draggable: true } }, linestring: { feature: editable }, polygon: { feature: editable } } }),
    new TerraDrawPointMode({ styles: { pointColor: color, pointWidth: 6 } }),
    new TerraDrawLineStringMode({ styles: { lineStringColor: color, lineStringWidth: 3 } }),
    new TerraDrawPolygonMode({ styles: { fillColor: color, fillOpacity: 0.2, outlineColor: color } }),
    new TerraDrawRectangleMode({ modeName: 'rectangle', styles: { fillColor: '#2f5d8a', fillOpacity: 0.1, outlineColor: '#2f5d8a' } }),
  ]
}

const webglAvailable = () => {
  const canvas = document.createElement('canvas')
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
}

/**
 * The offline basemap (h-maps-site's MapLibre style, served by this server)
 * with terra-draw on it. Made once per mount; the workspace gets the map and
 * the drawing through `onReady` and drives both from there.
 */
export function MapCanvas({ locale, extent, labels, onReady }: { locale: 'en' | 'zh'; extent: Extent | null; labels: MapEditorLabels; onReady: (surface: DrawingSurface | null) => void }) {
  const container = useRef<HTMLDivElement>(null)
  const [failed, setFailed] = useState(false)
  // The map is made once: later extents are set by the workspace, not by remaking the map.
  const first = useRef({ locale, extent, onReady })

  useEffect(() => {
    const element = container.current
    if (!element) return
    if (!webglAvailable()) {
      setFailed(true)
      return
    }
    const framed = first.current.extent ?? BASEMAP_REGION
    const { west, south, east, north } = framed
    const map = new maplibregl.Map({
      container: element,
      style: maplibreStyle({ locale: first.current.locale }),
      bounds: [
        [west, south],
        [east, north],
      ],
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
      attributionControl: { compact: true },
      // The e2e test reads what was drawn from the canvas.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    })
    map.touchZoomRotate.disableRotation()
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }))
    let draw: TerraDraw | undefined
    map.once('load', () => {
      frameExtent(map, framed)
      draw = new TerraDraw({ adapter: new TerraDrawMapLibreGLAdapter({ map }), modes: drawingModes() })
      draw.start()
      draw.setMode('select')
      element.dataset.ready = 'true'
      first.current.onReady({ map, draw })
    })
    return () => {
      first.current.onReady(null)
      draw?.stop()
      map.remove()
    }
  }, [])

  if (failed) return <p className="map-editor__notice">{labels.noWebGL}</p>
  return <div ref={container} className="map-editor__canvas" role="application" aria-label={labels.canvas} data-testid="map-editor-canvas" />
}
