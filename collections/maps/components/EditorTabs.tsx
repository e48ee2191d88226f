'use client'
import { FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'
import { useState, type ReactNode } from 'react'

import { OfflineJSONField } from '@/fields/codeEditor/OfflineJSONField'
import { mapEditorLabels, type MapEditorLabels } from './labels'
import './mapEditor.css'

type Tab = 'map' | 'geojson'

/**
 * A JSON field of map data edited on a map (the first tab) or as GeoJSON in
 * the offline code editor (the second); both edit the same field, and the map
 * reloads what the GeoJSON tab typed when it opens again. A refused save's
 * message (naming the feature) shows under the field's label.
 */
export function EditorTabs({ jsonProps, children }: { jsonProps: JSONFieldClientProps; children: (labels: MapEditorLabels, language: 'en' | 'zh') => ReactNode }) {
  const { path, field } = jsonProps
  const { showError, errorMessage } = useField({ path })
  const { i18n } = useTranslation()
  const labels = mapEditorLabels(i18n.language)
  const [tab, setTab] = useState<Tab>('map')
  const tabButton = (which: Tab, text: string) => (
    <button type="button" role="tab" id={`${path}-tab-${which}`} aria-selected={tab === which} aria-controls={`${path}-panel`} onClick={() => setTab(which)}>
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
      <div role="tabpanel" id={`${path}-panel`} aria-labelledby={`${path}-tab-${tab}`}>
        {tab === 'map' ? children(labels, i18n.language.startsWith('zh') ? 'zh' : 'en') : <OfflineJSONField {...jsonProps} />}
      </div>
    </div>
  )
}
