import { copyFor } from '@/lib/i18n/copy'
import { navPageMetadata, routeLocale, type LocaleParams } from '@/app/(site)/_data/locale'
import { publicSources } from '@/app/(site)/_data/sources'

export const generateMetadata = navPageMetadata('sources', '/sources')

/** The documents the encyclopedia draws on: kind, language, licence, and which are machine translations. */
export default async function SourcesPage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  const { sourceIndex } = copy
  const sources = await publicSources()
  return (
    <main>
      <h1>{copy.nav.sources}</h1>
      <p className="lead">{sourceIndex.intro}</p>
      {sources.length ? (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{copy.nav.sources}</th>
                <th scope="col">{sourceIndex.kind}</th>
                <th scope="col">{sourceIndex.language}</th>
                <th scope="col">{copy.licence}</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id}>
                  <td>
                    <a href={`/${locale}/sources/${source.id}`} lang={source.language === 'zh' ? 'zh-Hans' : source.language}>
                      {source.title}
                    </a>
                    {source.machineTranslated ? (
                      <p className="notice" role="note">
                        <strong>{copy.machineTranslation}.</strong> {copy.machineTranslationNotice}
                      </p>
                    ) : null}
                  </td>
                  <td>{sourceIndex.kinds[source.kind]}</td>
                  <td>{sourceIndex.languages[source.language]}</td>
                  <td>{source.origin?.licence ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{copy.nothingYet}</p>
      )}
    </main>
  )
}
