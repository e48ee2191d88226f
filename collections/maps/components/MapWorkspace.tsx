'use client'
import { useField } from '@payloadcms/ui'
import type { GeoJSONSource } from 'maplibre-gl'
import type { Polygon } from 'geojson'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { GeoJSONStoreFeatures } from 'terra-draw'

import { completeExtent, defaultKind, extentOfBox, fromDrawSnapshot, toDrawFeatures, type DrawMode } from '@/lib/maps/editorFeatures'
import type { MapFeature, MapFeatureCollection, MapFeatureProperties } from '@/lib/maps/features'
import type { Extent } from '@/lib/maps/region'
import { DrawToolbar, type EditorMode } from './DrawToolbar'
import { FeatureProperties } from './FeatureProperties'
import type { MapEditorLabels } from './labels'
import { MapCanvas, type DrawingSurface } from './MapCanvas'
import { OverlayHandles } from './OverlayHandles'
import { PlaceLayers } from './PlaceLayers'
import { useCitations } from './useCitations'

const EXTENT_SOURCE = 'editor-extent'

/** The map's extent as four number fields of the form (the `extent` group), read and written together. */
function useExtentFields(): [Extent | null, (extent: Extent) => void] {
  const west = useField<null | number>({ path: 'extent.west' })
  const south = useField<null | number>({ path: 'extent.south' })
  const east = useField<null | number>({ path: 'extent.east' })
  const north = useField<null | number>({ path: 'extent.north' })
  const extent = completeExtent({ west: west.value, south: south.value, east: east.value, north: north.value })
  const set = (next: Extent) => {
    west.setValue(next.west)
    south.setValue(next.south)
    east.setValue(next.east)
    north.setValue(next.north)
  }
  return [extent, set]
}

/** The extent as an outline on the map, so the editor sees what readers will be shown. */
function showExtent({ map }: DrawingSurface, extent: Extent | null) {
  const { west, south, east, north } = extent ?? { west: 0, south: 0, east: 0, north: 0 }
  const ring = [[west, north], [east, north], [east, south], [west, south], [west, north]]
  const data = { type: 'FeatureCollection' as const, features: extent ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: ring } }] : [] }
  const source = map.getSource<GeoJSONSource>(EXTENT_SOURCE)
  if (source) return source.setData(data)
  map.addSource(EXTENT_SOURCE, { type: 'geojson', data })
  map.addLayer({ id: EXTENT_SOURCE, type: 'line', source: EXTENT_SOURCE, paint: { 'line-color': '#2f5d8a', 'line-width': 1.5, 'line-dasharray': [3, 2] } })
}

/**
 * The map tab: the canvas with terra-draw, its toolbar, the selected
 * feature's properties, the place layers and the overlays. The drawing is
 * loaded from the field once, when the canvas is ready; from then on each
 * finished drawing, edit or deletion is written back to the field, as the
 * FeatureCollection lib/maps/validate checks on save.
 */
export function MapWorkspace({ value, onChange, language, labels }: { value: MapFeatureCollection | null; onChange: (next: MapFeatureCollection) => void; language: 'en' | 'zh'; labels: MapEditorLabels }) {
  const [surface, setSurface] = useState<DrawingSurface | null>(null)
  const [mode, setMode] = useState<EditorMode>('select')
  const [selected, setSelected] = useState<null | string>(null)
  const [properties, setProperties] = useState<Partial<MapFeatureProperties> | null>(null)
  const [extent, setExtent] = useExtentFields()
  const citations = useCitations()
  const kept = useRef<MapFeature[]>([])
  const [keptCount, setKeptCount] = useState(0)
  const latest = useRef({ value, onChange, setExtent })
  latest.current = { value, onChange, setExtent }

  useEffect(() => {
    if (!surface) return
    const { draw } = surface
    const { drawable, kept: apart } = toDrawFeatures(latest.current.value, () => String(draw.getFeatureId()))
    const results = draw.addFeatures(drawable as GeoJSONStoreFeatures[])
    // What terra-draw refuses (an id of another form, a geometry it cannot edit) is kept as stored, never dropped.
    const refused = drawable.filter((_, index) => !results[index]?.valid).map(({ properties: { mode: _mode, ...own }, ...feature }) => ({ ...feature, properties: own }) as unknown as MapFeature)
    kept.current = [...apart, ...refused]
    setKeptCount(kept.current.length)
    const save = () => latest.current.onChange(fromDrawSnapshot(draw.getSnapshot(), kept.current))
    const show = (id: null | string) => {
      setSelected(id)
      setProperties(id ? ((draw.getSnapshotFeature(id)?.properties ?? null) as Partial<MapFeatureProperties> | null) : null)
    }
    const toSelect = () => {
      draw.setMode('select')
      setMode('select')
    }
    draw.on('finish', (id, context) => {
      if (context.mode === 'rectangle') {
        const box = draw.getSnapshotFeature(id)?.geometry as Polygon | undefined
        draw.removeFeatures([id])
        if (box) latest.current.setExtent(extentOfBox(box.coordinates[0] ?? []))
        return toSelect()
      }
      if (context.action === 'draw') {
        draw.updateFeatureProperties(id, { kind: defaultKind(context.mode as DrawMode), name: {} })
        save()
        toSelect()
        draw.selectFeature(id)
        return show(String(id))
      }
      save()
    })
    draw.on('change', (_ids, type) => {
      if (type === 'delete') save()
    })
    draw.on('select', (id) => show(String(id)))
    draw.on('deselect', () => show(null))
  }, [surface])

  useEffect(() => {
    if (surface) showExtent(surface, extent)
  }, [surface, extent])

  const chooseMode = useCallback(
    (next: EditorMode) => {
      surface?.draw.setMode(next)
      setMode(next)
    },
    [surface],
  )

  const changeProperties = (patch: Partial<MapFeatureProperties>) => {
    if (!surface || !selected) return
    surface.draw.updateFeatureProperties(selected, patch as Record<string, never>)
    setProperties((current) => ({ ...current, ...patch }))
    latest.current.onChange(fromDrawSnapshot(surface.draw.getSnapshot(), kept.current))
  }

  const deleteSelected = () => {
    if (!surface || !selected) return
    surface.draw.deselectFeature(selected)
    surface.draw.removeFeatures([selected])
    setSelected(null)
    setProperties(null)
  }

  return (
    <div className="map-editor__workspace">
      <DrawToolbar mode={mode} onMode={chooseMode} canDelete={Boolean(selected)} onDelete={deleteSelected} labels={labels} />
      <p className="map-editor__hint">{labels.hint}</p>
      {keptCount ? <p className="map-editor__notice">{labels.keptApart(keptCount)}</p> : null}
      <div className="map-editor__body">
        <MapCanvas locale={language} extent={extent} labels={labels} onReady={setSurface} />
        <aside className="map-editor__side">
          <FeatureProperties properties={properties} onChange={changeProperties} citations={citations} language={language} labels={labels} />
          <PlaceLayers map={surface?.map ?? null} language={language} labels={labels} />
          <OverlayHandles map={surface?.map ?? null} labels={labels} />
        </aside>
      </div>
    </div>
  )
}
