import type { References } from './references'

type Marker = NonNullable<ReturnType<References['markerFor']>>

/**
 * A footnote marker: a plain link to the note, and a preview of the note that
 * CSS shows on hover or keyboard focus (no JavaScript; hidden in print).
 */
export function FootnoteMarker({ marker }: { marker: Marker }) {
  const previewId = `${marker.anchorId}-preview`
  return (
    <sup className="ref" id={marker.anchorId}>
      <a href={`#${marker.noteId}`} aria-describedby={previewId}>
        [{marker.number}]
      </a>
      <span className="ref-preview" role="tooltip" id={previewId} dangerouslySetInnerHTML={{ __html: marker.previewHtml }} />
    </sup>
  )
}

export function CitationNeeded({ label, href }: { label: string; href: string }) {
  return (
    <sup className="citation-needed">
      [<a href={href}>{label}</a>]
    </sup>
  )
}
