'use client'
import { FEATURE_KINDS, type FeatureKind, type MapFeatureProperties } from '@/lib/maps/features'
import { KIND_STYLES } from '@/lib/maps/style'
import type { MapEditorLabels } from './labels'
import type { CitationOption } from './useCitations'

const year = (value: string) => (value.trim() === '' ? null : Number(value))

/**
 * The selected feature's kind, label in both languages, years and cited work,
 * written into the drawing as they are typed (the workspace saves them into the
 * form). The server checks them on save (lib/maps/validate) and names the feature at fault.
 */
export function FeatureProperties({
  properties,
  onChange,
  citations,
  language,
  labels,
}: {
  properties: Partial<MapFeatureProperties> | null
  onChange: (patch: Partial<MapFeatureProperties>) => void
  citations: CitationOption[]
  language: 'en' | 'zh'
  labels: MapEditorLabels
}) {
  if (!properties) return <p className="map-editor__hint">{labels.nothingSelected}</p>
  const name = properties.name ?? {}
  const cite = properties.cite ?? null
  return (
    <fieldset className="map-editor__properties">
      <legend>{labels.properties}</legend>
      <label>
        {labels.kind}
        <select value={properties.kind ?? ''} onChange={(event) => onChange({ kind: event.target.value as FeatureKind })}>
          {FEATURE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_STYLES[kind].label[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels.labelEn}
        <input type="text" lang="en" value={name.en ?? ''} onChange={(event) => onChange({ name: { ...name, en: event.target.value } })} />
      </label>
      <label>
        {labels.labelZh}
        <input type="text" lang="zh" value={name.zh ?? ''} onChange={(event) => onChange({ name: { ...name, zh: event.target.value } })} />
      </label>
      <label>
        {labels.from}
        <input type="number" step={1} value={properties.from ?? ''} onChange={(event) => onChange({ from: year(event.target.value) })} />
      </label>
      <label>
        {labels.to}
        <input type="number" step={1} value={properties.to ?? ''} onChange={(event) => onChange({ to: year(event.target.value) })} />
      </label>
      <label>
        {labels.citation}
        <select
          value={cite ? String(cite.citation) : ''}
          onChange={(event) => {
            const chosen = citations.find((citation) => String(citation.id) === event.target.value)
            onChange({ cite: chosen ? { citation: chosen.id, locator: cite?.locator ?? null, locatorType: cite?.locatorType ?? 'page' } : null })
          }}
        >
          <option value="">{labels.noCitation}</option>
          {citations.map((citation) => (
            <option key={String(citation.id)} value={String(citation.id)}>
              {citation.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {labels.locator}
        <input type="text" disabled={!cite} value={cite?.locator ?? ''} onChange={(event) => cite && onChange({ cite: { ...cite, locator: event.target.value || null } })} />
      </label>
    </fieldset>
  )
}
