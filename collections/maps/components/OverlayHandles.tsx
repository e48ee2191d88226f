'use client'
import { useConfig, useField, useFormFields } from '@payloadcms/ui'
import maplibregl, { type ImageSource, type Map as MaplibreMap, type Marker } from 'maplibre-gl'
import { useEffect, useRef, useState } from 'react'

import { checkOverlayCorners, cornersOfExtent, type Corners } from '@/lib/maps/overlayCorners'
import type { MapEditorLabels } from './labels'

const sourceId = (index: number) => `editor-overlay-${index}`
const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** The web-sized copy the media collection made of the scan at upload (size `web`), as a same-origin path. */
function useOverlayImage(image: unknown): null | string {
  const { config } = useConfig()
  const [url, setUrl] = useState<null | string>(null)
  const id = idOf(image)
  useEffect(() => {
    if (id == null || id === '') return setUrl(null)
    const controller = new AbortController()
    fetch(`${config.routes.api}/media/${encodeURIComponent(String(id))}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((media: { url?: string; sizes?: { web?: { url?: null | string } } } | null) => {
        const found = media?.sizes?.web?.url ?? media?.url
        setUrl(found ? new URL(found, window.location.origin).pathname : null)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, config.routes.api])
  return url
}

/** Where a new overlay starts: the middle of the view, so all four corners can be reached. */
function cornersInView(map: MaplibreMap): Corners {
  const bounds = map.getBounds()
  const [west, east, south, north] = [bounds.getWest(), bounds.getEast(), bounds.getSouth(), bounds.getNorth()]
  const inset = (a: number, b: number, share: number) => a + (b - a) * share
  return cornersOfExtent({ west: inset(west, east, 0.2), east: inset(west, east, 0.8), south: inset(south, north, 0.2), north: inset(south, north, 0.8) })
}

/** One overlay on the editor's map: its image between four draggable corner handles, and its opacity. */
function OverlayPlacement({ index, map, labels }: { index: number; map: MaplibreMap; labels: MapEditorLabels }) {
  const image = useField<unknown>({ path: `overlays.${index}.image` })
  const corners = useField<unknown>({ path: `overlays.${index}.corners` })
  const opacity = useField<null | number>({ path: `overlays.${index}.opacity` })
  const url = useOverlayImage(image.value)
  const markers = useRef<Marker[]>([])
  const placed = checkOverlayCorners(corners.value, String(index)) === true ? (corners.value as Corners) : null
  const setCorners = useRef(corners.setValue)
  setCorners.current = corners.setValue

  // An overlay with an image but no corners yet is laid over the middle of the view.
  useEffect(() => {
    if (url && !placed) setCorners.current(cornersInView(map))
  }, [url, placed, map])

  const key = placed ? JSON.stringify(placed) : null
  useEffect(() => {
    if (!url || !key) return
    const start = JSON.parse(key) as Corners
    const id = sourceId(index)
    const beforeId = map.getStyle().layers.find((layer) => layer.id.startsWith('td-'))?.id
    map.addSource(id, { type: 'image', url, coordinates: start as [[number, number], [number, number], [number, number], [number, number]] })
    map.addLayer({ id, type: 'raster', source: id, paint: { 'raster-opacity': opacity.value ?? 0.7, 'raster-fade-duration': 0 } }, beforeId)
    const current = start.map((corner) => [...corner]) as Corners
    markers.current = current.map((corner, which) => {
      const element = document.createElement('div')
      element.className = 'map-editor__corner'
      element.dataset.corner = String(which)
      element.dataset.overlay = String(index)
      element.setAttribute('aria-label', `${labels.overlay(index)}: ${labels.corner[which]}`)
      element.title = element.getAttribute('aria-label') ?? ''
      const marker = new maplibregl.Marker({ element, draggable: true }).setLngLat(corner as [number, number]).addTo(map)
      marker.on('drag', () => {
        const { lng, lat } = marker.getLngLat()
        current[which] = [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]
        map.getSource<ImageSource>(id)?.setCoordinates(current as [[number, number], [number, number], [number, number], [number, number]])
      })
      marker.on('dragend', () => setCorners.current(current.map((corner) => [...corner])))
      return marker
    })
    return () => {
      markers.current.forEach((marker) => marker.remove())
      if (map.getLayer(id)) map.removeLayer(id)
      if (map.getSource(id)) map.removeSource(id)
    }
    // The opacity is applied by its own effect, without remaking the source.
  }, [url, key, index, map, labels])

  useEffect(() => {
    const id = sourceId(index)
    if (map.getLayer(id)) map.setPaintProperty(id, 'raster-opacity', opacity.value ?? 0.7)
  }, [opacity.value, index, map, key, url])

  return (
    <label className="map-editor__opacity">
      {labels.overlay(index)} — {labels.opacity}
      <input type="range" aria-label={`${labels.overlay(index)} — ${labels.opacity}`} min={0} max={1} step={0.05} value={opacity.value ?? 0.7} disabled={!url} onChange={(event) => opacity.setValue(Number(event.target.value))} />
      <output>{Math.round((opacity.value ?? 0.7) * 100)} %</output>
    </label>
  )
}

/** The map's overlays (the `overlays` array below the editor: image and years there), placed here by their corners. */
export function OverlayHandles({ map, labels }: { map: MaplibreMap | null; labels: MapEditorLabels }) {
  const count = useFormFields(([fields]) => Number(fields.overlays?.value ?? 0))
  if (!map || !count) return null
  return (
    <fieldset className="map-editor__overlays">
      <legend>{labels.overlays}</legend>
      <p className="map-editor__hint">{labels.overlayHint}</p>
      {Array.from({ length: count }, (_, index) => (
        <OverlayPlacement key={index} index={index} map={map} labels={labels} />
      ))}
    </fieldset>
  )
}
