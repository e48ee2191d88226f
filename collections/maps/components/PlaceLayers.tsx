'use client'
import { useConfig, useFormFields } from '@payloadcms/ui'
import maplibregl, { type GeoJSONSource, type Map as MaplibreMap, type Marker } from 'maplibre-gl'
import { useEffect, useMemo, useState } from 'react'

import type { MapEditorLabels } from './labels'

type LayerRow = { label: string; places: string[] }
type LocatedPlace = { id: string; name: string; longitude: number | null; latitude: number | null }

const PLACES_SOURCE = 'editor-places'
const idOf = (value: unknown) => String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** The map's place layers as the form holds them now (the `placeLayers` array: its row count, then each row's fields). */
function usePlaceLayerRows(): LayerRow[] {
  const key = useFormFields(([fields]) => {
    const count = Number(fields.placeLayers?.value ?? 0)
    const rows = Array.from({ length: count }, (_, index) => ({
      label: String(fields[`placeLayers.${index}.label`]?.value ?? ''),
      places: ((fields[`placeLayers.${index}.places`]?.value as unknown[] | undefined) ?? []).map(idOf),
    }))
    // A string, so that the panel renders again only when a layer changes, not on every keystroke of the form.
    return JSON.stringify(rows)
  })
  return useMemo(() => JSON.parse(key) as LayerRow[], [key])
}

/**
 * The map's place layers on the editor's map, each shown or hidden by its
 * checkbox: the places at their gazetteer coordinates, labelled, and a count of
 * those not located yet. The layers themselves are picked in the Place layers
 * field below the editor (a relationship to places).
 */
export function PlaceLayers({ map, language, labels }: { map: MaplibreMap | null; language: 'en' | 'zh'; labels: MapEditorLabels }) {
  const { config } = useConfig()
  const rows = usePlaceLayerRows()
  const [hidden, setHidden] = useState<Set<number>>(new Set())
  const [places, setPlaces] = useState<Map<string, LocatedPlace>>(new Map())
  const ids = useMemo(() => [...new Set(rows.flatMap((row) => row.places))], [rows])

  useEffect(() => {
    if (!ids.length) return setPlaces(new Map())
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', limit: String(ids.length), locale: language, 'where[id][in]': ids.join(','), 'select[name]': 'true', 'select[coordinates]': 'true' })
    fetch(`${config.routes.api}/places?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: { id: unknown; name?: string; coordinates?: { longitude?: null | number; latitude?: null | number } }[] }) =>
        setPlaces(new Map(body.docs.map((doc) => [idOf(doc.id), { id: idOf(doc.id), name: doc.name ?? '', longitude: doc.coordinates?.longitude ?? null, latitude: doc.coordinates?.latitude ?? null }]))),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [ids, language, config.routes.api])

  useEffect(() => {
    if (!map) return
    const shown = rows.flatMap((row, index) => (hidden.has(index) ? [] : row.places)).flatMap((id) => places.get(id) ?? [])
    const located = shown.filter((place) => place.longitude != null && place.latitude != null)
    const data = {
      type: 'FeatureCollection' as const,
      features: located.map((place) => ({ type: 'Feature' as const, properties: { name: place.name }, geometry: { type: 'Point' as const, coordinates: [place.longitude!, place.latitude!] } })),
    }
    const source = map.getSource<GeoJSONSource>(PLACES_SOURCE)
    if (source) source.setData(data)
    else {
      map.addSource(PLACES_SOURCE, { type: 'geojson', data })
      map.addLayer({ id: PLACES_SOURCE, type: 'circle', source: PLACES_SOURCE, paint: { 'circle-color': '#222222', 'circle-radius': 3.5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 } })
    }
    // Labels as HTML markers: the offline style has no glyphs (lib/maps/maplibreStyle.ts).
    const markers: Marker[] = located.map((place) => {
      const element = document.createElement('span')
      element.className = 'map-editor__place-label'
      element.textContent = place.name
      return new maplibregl.Marker({ element, anchor: 'left', offset: [6, 0] }).setLngLat([place.longitude!, place.latitude!]).addTo(map)
    })
    return () => markers.forEach((marker) => marker.remove())
  }, [map, rows, places, hidden])

  const toggle = (index: number) =>
    setHidden((current) => {
      const next = new Set(current)
      if (!next.delete(index)) next.add(index)
      return next
    })

  return (
    <fieldset className="map-editor__layers">
      <legend>{labels.placeLayers}</legend>
      {rows.length ? null : <p className="map-editor__hint">{labels.noPlaceLayers}</p>}
      {rows.map((row, index) => {
        const unlocated = row.places.filter((id) => places.get(id)?.longitude == null).length
        return (
          <label key={index}>
            <input type="checkbox" checked={!hidden.has(index)} onChange={() => toggle(index)} /> {row.label || `#${index + 1}`} ({row.places.length}
            {unlocated ? `, ${labels.unlocated(unlocated)}` : ''})
          </label>
        )
      })}
    </fieldset>
  )
}
