import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import { safeHref } from '@/lib/security/url'
import type { Source } from '@/payload-types'

/** The documents an article draws on, with their attribution, and a notice where one is a machine translation. */
export function SourceList({ sources, locale, copy }: { sources: Source[]; locale: Locale; copy: Copy }) {
  if (!sources.length) return null
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{copy.sources}</h2>
      <ul className="sources">
        {sources.map((source) => (
          <li key={source.id}>
            {source.public ? <a href={`/${locale}/sources/${source.id}`}>{source.title}</a> : <span>{source.title}</span>}
            {source.machineTranslated ? <strong className="badge"> {copy.machineTranslation}</strong> : null}
            {source.origin?.attribution ? <span className="muted"> — {source.origin.attribution}</span> : null}
            {source.origin?.licence ? <span className="muted"> ({source.origin.licence})</span> : null}
            {safeHref(source.origin?.url) ? (
              <>
                {' '}
                <a href={safeHref(source.origin?.url)} rel="external noopener">
                  {copy.original}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
