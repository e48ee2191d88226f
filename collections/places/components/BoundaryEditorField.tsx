'use client'
import { useField } from '@payloadcms/ui'
import type { MultiPolygon, Polygon } from 'geojson'
import dynamic from 'next/dynamic'
import type { JSONFieldClientProps } from 'payload'

import { EditorTabs } from '@/collections/maps/components/EditorTabs'

// MapLibre and terra-draw need a browser: loaded there, when the outline is opened.
const BoundaryWorkspace = dynamic(() => import('./BoundaryWorkspace').then((module) => module.BoundaryWorkspace), { ssr: false })

/** A region's outline: drawn on the map editor, or edited as GeoJSON in the second tab. */
export function BoundaryEditorField(props: JSONFieldClientProps) {
  const { value, setValue } = useField<Polygon | MultiPolygon | null>({ path: props.path })
  return <EditorTabs jsonProps={props}>{(labels, language) => <BoundaryWorkspace value={value ?? null} onChange={setValue} language={language} labels={labels} />}</EditorTabs>
}
