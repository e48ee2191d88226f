'use client'
import { useField } from '@payloadcms/ui'
import dynamic from 'next/dynamic'
import type { JSONFieldClientProps } from 'payload'

import type { MapFeatureCollection } from '@/lib/maps/features'
import { EditorTabs } from './EditorTabs'

// MapLibre and terra-draw need a browser (WebGL, window) and are large: loaded in the browser, when a map is opened.
const MapWorkspace = dynamic(() => import('./MapWorkspace').then((module) => module.MapWorkspace), { ssr: false })

/** A map's features: drawn on the map editor, or edited as GeoJSON in the second tab. */
export function MapEditorField(props: JSONFieldClientProps) {
  const { value, setValue } = useField<MapFeatureCollection | null>({ path: props.path })
  return <EditorTabs jsonProps={props}>{(labels, language) => <MapWorkspace value={value ?? null} onChange={setValue} language={language} labels={labels} />}</EditorTabs>
}
