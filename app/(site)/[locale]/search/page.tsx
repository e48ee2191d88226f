import type { Metadata } from 'next'

import { copyFor } from '@/lib/i18n/copy'
import { alternatesFor } from '@/lib/i18n/locales'
import { siteSearch } from '@/server/search'
import { routeLocale } from '@/app/(site)/_data/locale'
import { sitePayload } from '@/app/(site)/_data/payload'

// The results depend on the query string: rendered for each request, never cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: copyFor(locale).nav.search, alternates: alternatesFor(locale, '/search'), robots: { index: false } }
}

/** One box for both languages; works without JavaScript (a GET form). */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  // Places, people and events are indexed in both languages; a reader sees each once, in theirs.
  const hits = (query ? (await siteSearch(await sitePayload())).search(query, { limit: 50 }) : []).filter(
    (hit) => hit.kind === 'article' || hit.kind === 'source' || hit.locale === locale,
  )
  return (
    <main>
      <h1>{copy.nav.search}</h1>
      <form role="search" action={`/${locale}/search`} method="get" className="search-form">
        <label htmlFor="q">{copy.searchLabel}</label>
        <div>
          <input id="q" name="q" type="search" defaultValue={query} />
          <button type="submit">{copy.searchButton}</button>
        </div>
      </form>
      {query && hits.length === 0 ? (
        <p>
          {copy.noResults} “{query}”.
        </p>
      ) : null}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.id} lang={hit.locale === 'zh' ? 'zh-Hans' : hit.locale}>
            <p className="result-kind muted">{copy.resultKinds[hit.kind]}</p>
            <a href={hit.url}>{hit.title}</a>
            <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          </li>
        ))}
      </ol>
    </main>
  )
}
