'use client'
import { FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'
import dynamic from 'next/dynamic'
import { useState } from 'react'

import { OfflineJSONField } from '@/fields/codeEditor/OfflineJSONField'
import type { MapFeatureCollection } from '@/lib/maps/features'
import { mapEditorLabels } from './labels'
import './mapEditor.css'

// MapLibre and terra-draw need a browser (WebGL, window) and are large: loaded in the browser, when a map is opened.
const MapWorkspace = dynamic(() => import('./MapWorkspace').then((module) => module.MapWorkspace), { ssr: false })

type Tab = 'map' | 'geojson'

/**
 * A map's features edited on the map (the primary tab) or as GeoJSON in the
 * offline code editor (the secondary tab); both edit the same field, and the
 * map tab reloads what the GeoJSON tab typed when it opens again. The save's
 * refusal (lib/maps/validate, naming the feature) shows under the field.
 */
export function MapEditorField(props: JSONFieldClientProps) {
  const { path, field } = props
  const { value, setValue, showError, errorMessage } = useField<MapFeatureCollection | null>({ path })
  const { i18n } = useTranslation()
  const language = i18n.language.startsWith('zh') ? 'zh' : 'en'
  const labels = mapEditorLabels(i18n.language)
  const [tab, setTab] = useState<Tab>('map')
  const tabButton = (which: Tab, text: string) => (
    <button type="button" role="tab" id={`map-editor-tab-${which}`} aria-selected={tab === which} aria-controls={`map-editor-panel-${which}`} onClick={() => setTab(which)}>
      {text}
    </button>
  )
  return (
    <div className={`field-type map-editor${showError ? ' error' : ''}`}>
      <FieldLabel label={field.label} path={path} />
      <FieldError path={path} message={errorMessage} showError={showError} />
      <div role="tablist" className="map-editor__tabs">
        {tabButton('map', labels.mapTab)}
        {tabButton('geojson', labels.geojsonTab)}
      </div>
      <div role="tabpanel" id={`map-editor-panel-${tab}`} aria-labelledby={`map-editor-tab-${tab}`}>
        {tab === 'map' ? <MapWorkspace value={value ?? null} onChange={setValue} language={language} labels={labels} /> : <OfflineJSONField {...props} />}
      </div>
    </div>
  )
}
