'use client'
import { useField } from '@payloadcms/ui'
import maplibregl from 'maplibre-gl'
import type { MultiPolygon, Polygon } from 'geojson'
import { useEffect, useRef, useState } from 'react'
import type { GeoJSONStoreFeatures } from 'terra-draw'

import { DrawToolbar, type EditorMode } from '@/collections/maps/components/DrawToolbar'
import type { MapEditorLabels } from '@/collections/maps/components/labels'
import { MapCanvas, type DrawingSurface } from '@/collections/maps/components/MapCanvas'
import { boundaryFromSnapshot, boundaryToDrawFeatures, extentAround } from '@/lib/maps/editorFeatures'

type Outline = Polygon | MultiPolygon

const MODES: EditorMode[] = ['select', 'polygon']

/**
 * A region's outline drawn on the map editor's canvas: each area drawn is a
 * part of the outline (one makes a Polygon, more a MultiPolygon), with the
 * place's own point marked. Saved through the places collection's check of
 * the outline (lib/maps/boundary).
 */
export function BoundaryWorkspace({ value, onChange, language, labels }: { value: Outline | null; onChange: (next: Outline | null) => void; language: 'en' | 'zh'; labels: MapEditorLabels }) {
  const longitude = useField<null | number>({ path: 'coordinates.longitude' }).value
  const latitude = useField<null | number>({ path: 'coordinates.latitude' }).value
  const point = longitude != null && latitude != null ? [longitude, latitude] : null
  const [surface, setSurface] = useState<DrawingSurface | null>(null)
  const [mode, setMode] = useState<EditorMode>('select')
  const [selected, setSelected] = useState<null | string>(null)
  const latest = useRef({ value, onChange })
  latest.current = { value, onChange }

  useEffect(() => {
    if (!surface) return
    const { draw } = surface
    draw.addFeatures(boundaryToDrawFeatures(latest.current.value, () => String(draw.getFeatureId())) as GeoJSONStoreFeatures[])
    const save = () => latest.current.onChange(boundaryFromSnapshot(draw.getSnapshot()))
    draw.on('finish', (id, context) => {
      save()
      if (context.action !== 'draw') return
      draw.setMode('select')
      setMode('select')
    })
    draw.on('change', (_ids, type) => {
      if (type === 'delete') save()
    })
    draw.on('select', (id) => setSelected(String(id)))
    draw.on('deselect', () => setSelected(null))
  }, [surface])

  const pointKey = point ? point.join(',') : null
  useEffect(() => {
    if (!surface || !pointKey) return
    const marker = new maplibregl.Marker({ color: '#222222', scale: 0.6 }).setLngLat(pointKey.split(',').map(Number) as [number, number]).addTo(surface.map)
    return () => void marker.remove()
  }, [surface, pointKey])

  const chooseMode = (next: EditorMode) => {
    surface?.draw.setMode(next)
    setMode(next)
  }
  const deleteSelected = () => {
    if (!surface || !selected) return
    surface.draw.deselectFeature(selected)
    surface.draw.removeFeatures([selected])
    setSelected(null)
  }

  return (
    <div className="map-editor__workspace">
      <DrawToolbar modes={MODES} mode={mode} onMode={chooseMode} canDelete={Boolean(selected)} onDelete={deleteSelected} labels={labels} />
      <p className="map-editor__hint">{labels.hint}</p>
      <MapCanvas locale={language} extent={extentAround(value, point)} labels={labels} onReady={setSurface} />
    </div>
  )
}
