import type { Metadata } from 'next'

import { copyFor } from '../../../lib/i18n/copy'
import { alternatesFor } from '../../../lib/i18n/locales'
import { homeArticles } from '../_data/articles'
import { routeLocale, type LocaleParams } from '../_data/locale'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  return { title: { absolute: copy.siteName }, description: copy.tagline, alternates: alternatesFor(locale, '') }
}

export default async function Home({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  const { featured, recent } = await homeArticles(locale)
  const card = (article: (typeof recent)[number]) => (
    <li key={article.id}>
      <h3>
        <a href={`/${locale}/articles/${article.slug}`}>{article.title}</a>
      </h3>
      {article.summary ? <p>{article.summary}</p> : null}
    </li>
  )
  return (
    <main>
      <h1>{copy.siteName}</h1>
      <p className="lead">{copy.tagline}</p>
      <nav aria-labelledby="explore">
        <h2 id="explore">{copy.explore}</h2>
        <ul className="explore">
          <li>
            <a href={`/${locale}/places`}>{copy.nav.places}</a>
          </li>
          <li>
            <a href={`/${locale}/people`}>{copy.nav.people}</a>
          </li>
          <li>
            <a href={`/${locale}/timeline`}>{copy.nav.timeline}</a>
          </li>
          <li>
            <a href={`/${locale}/bibliography`}>{copy.nav.bibliography}</a>
          </li>
        </ul>
      </nav>
      {featured.length ? (
        <section aria-labelledby="featured">
          <h2 id="featured">{copy.featured}</h2>
          <ul className="card-list">{featured.map(card)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="recent">
        <h2 id="recent">{copy.recent}</h2>
        {recent.length ? <ul className="card-list">{recent.map(card)}</ul> : <p>{copy.noArticles}</p>}
      </section>
    </main>
  )
}
