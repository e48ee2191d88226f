import type { Copy } from '@/lib/i18n/copy'
import type { Place } from '@/payload-types'

const LANGUAGE_TAGS: Record<string, string> = { en: 'en', zh: 'zh', ru: 'ru', kk: 'kk', xal: 'xal', mnc: 'mnc', ug: 'ug' }

/** Every recorded name of a place or person, with its language, script and kind. */
export function NamesTable({ names, copy }: { names: Place['names']; copy: Copy }) {
  if (!names?.length) return null
  return (
    <section aria-labelledby="names">
      <h2 id="names">{copy.names}</h2>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{copy.names}</th>
              <th scope="col">{copy.nameLanguage}</th>
              <th scope="col">{copy.nameScript}</th>
              <th scope="col">{copy.nameKind}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <tr key={name.id ?? name.name}>
                <td lang={name.language ? LANGUAGE_TAGS[name.language] : undefined}>{name.name}</td>
                <td>{name.language ?? '—'}</td>
                <td>{name.script ?? '—'}</td>
                <td>{name.kind ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
