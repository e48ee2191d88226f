import type { Metadata } from 'next'

import { copyFor } from '@/lib/i18n/copy'
import { alternatesFor } from '@/lib/i18n/locales'
import { homeArticles, yearsOf } from '@/app/(site)/_data/articles'
import { routeLocale, type LocaleParams } from '@/app/(site)/_data/locale'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  return { title: { absolute: copy.siteName }, description: copy.tagline, alternates: alternatesFor(locale, '') }
}

/** What the encyclopedia is: its featured article, the newest ones, a search box and the ways in, with counts. */
export default async function Home({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  const { lead, recent, counts } = await homeArticles(locale)
  const entryPoints = [
    ['/articles', copy.nav.articles, counts.articles],
    ['/places', copy.nav.places, counts.places],
    ['/people', copy.nav.people, counts.people],
    ['/timeline', copy.nav.timeline, counts.events],
    ['/sources', copy.nav.sources, counts.sources],
    ['/bibliography', copy.nav.bibliography, null],
  ] as const
  return (
    <main>
      <h1>{copy.siteName}</h1>
      <p className="lead">{copy.tagline}</p>
      <form role="search" action={`/${locale}/search`} method="get" className="search-form">
        <label htmlFor="home-q">{copy.searchLabel}</label>
        <div>
          <input id="home-q" name="q" type="search" />
          <button type="submit">{copy.searchButton}</button>
        </div>
      </form>
      {lead ? (
        <section aria-labelledby="featured" className="featured">
          <h2 id="featured">{copy.featured}</h2>
          <h3>
            <a href={`/${locale}/articles/${lead.slug}`}>{lead.title}</a>
          </h3>
          {yearsOf(lead.period) ? <p className="muted">{yearsOf(lead.period)}</p> : null}
          {lead.summary ? <p>{lead.summary}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="recent">
        <h2 id="recent">{copy.recent}</h2>
        {recent.length ? (
          <ul className="card-list">
            {recent.map((article) => (
              <li key={article.id}>
                <h3>
                  <a href={`/${locale}/articles/${article.slug}`}>{article.title}</a>
                </h3>
                {yearsOf(article.period) ? <p className="muted">{yearsOf(article.period)}</p> : null}
                {article.summary ? <p>{article.summary}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{lead ? copy.nothingYet : copy.noArticles}</p>
        )}
      </section>
      <nav aria-labelledby="explore">
        <h2 id="explore">{copy.explore}</h2>
        <ul className="explore">
          {entryPoints.map(([path, label, count]) => (
            <li key={path}>
              <a href={`/${locale}${path}`}>{label}</a>
              {count === null ? null : <span className="muted"> ({count})</span>}
            </li>
          ))}
        </ul>
      </nav>
    </main>
  )
}
