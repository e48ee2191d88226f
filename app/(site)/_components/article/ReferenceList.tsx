import { backLinkPlace } from '@/lib/footnotes/place'
import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import type { References } from './references'

/** Numbered notes with back-links (a, b, c… when a note is used more than once), then the bibliography. */
export function ReferenceList({ references, locale, copy }: { references: References; locale: Locale; copy: Copy }) {
  if (!references.notes.length) return null
  return (
    <section className="references" aria-labelledby="notes">
      <h2 id="notes">{copy.notes}</h2>
      <ol className="notes">
        {references.notes.map((note) => (
          <li key={note.noteId} id={note.noteId} value={note.number}>
            <span className="backlinks">
              {note.backLinks.length === 1 ? (
                <a href={`#${note.backLinks[0]!.anchorId}`} aria-label={copy.backTo}>
                  ^
                </a>
              ) : (
                <>
                  ^{' '}
                  {note.backLinks.map((link) => {
                    const place = backLinkPlace(link, note, locale)
                    return (
                      <a key={link.anchorId} href={`#${link.anchorId}`} aria-label={`${copy.backTo} (${link.label})`}>
                        <sup>{link.label}</sup>
                        {place ? <span className="backlink-locator"> {place}</span> : null}
                      </a>
                    )
                  })}
                </>
              )}
            </span>{' '}
            <span className="note-text" dangerouslySetInnerHTML={{ __html: note.html }} />
            {note.verified ? (
              <span className="note-verified">
                {' '}
                <span aria-hidden="true">✓</span> {note.verified}
              </span>
            ) : null}
            {note.quotes.map((quote) => (
              <q key={quote} className="note-quote">
                {quote}
              </q>
            ))}
          </li>
        ))}
      </ol>
      <h2 id="bibliography">{copy.bibliography}</h2>
      <ul className="bibliography">
        {references.bibliography.map((entry) => (
          <li key={entry} dangerouslySetInnerHTML={{ __html: entry }} />
        ))}
      </ul>
    </section>
  )
}
