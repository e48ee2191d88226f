'use client'
import type { MapEditorLabels } from './labels'

export type EditorMode = 'select' | 'point' | 'linestring' | 'polygon' | 'rectangle'

const ALL_MODES: EditorMode[] = ['select', 'point', 'linestring', 'polygon', 'rectangle']

const modeLabel = (mode: EditorMode, labels: MapEditorLabels) => (mode === 'rectangle' ? labels.extent : labels[mode])

/** The drawing tools: one mode at a time (pressed), and deleting the selected feature. */
export function DrawToolbar({
  mode,
  onMode,
  canDelete,
  onDelete,
  labels,
  modes = ALL_MODES,
}: {
  mode: EditorMode
  onMode: (mode: EditorMode) => void
  canDelete: boolean
  onDelete: () => void
  labels: MapEditorLabels
  modes?: readonly EditorMode[]
}) {
  return (
    <div className="map-editor__toolbar" role="toolbar" aria-label={labels.tools}>
      {modes.map((each) => (
        <button key={each} type="button" className="btn btn--style-secondary btn--size-small" aria-pressed={mode === each} onClick={() => onMode(each)}>
          {modeLabel(each, labels)}
        </button>
      ))}
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!canDelete} onClick={onDelete}>
        {labels.delete}
      </button>
    </div>
  )
}
