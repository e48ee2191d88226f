import { copyFor } from '@/lib/i18n/copy'
import { articleIndex, yearsOf, type ArticleOrder } from '@/app/(site)/_data/articles'
import { navPageMetadata, routeLocale } from '@/app/(site)/_data/locale'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ sort?: string | string[] }> }

export const generateMetadata = navPageMetadata('articles', '/articles')

// The order depends on the query string (?sort=title): rendered for each request (the production server keeps the bytes per URL).
export const dynamic = 'force-dynamic'

/** All articles written in the reader's language, by period or by title. */
export default async function ArticlesPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  const order: ArticleOrder = (await searchParams).sort === 'title' ? 'title' : 'period'
  const articles = await articleIndex(locale, order)
  const sortLink = (value: ArticleOrder, text: string) =>
    value === order ? <strong aria-current="true">{text}</strong> : <a href={`/${locale}/articles${value === 'title' ? '?sort=title' : ''}`}>{text}</a>
  return (
    <main>
      <h1>{copy.nav.articles}</h1>
      <p className="lead">{copy.articleIndex.intro}</p>
      <p>
        {copy.articleIndex.sortBy}: {sortLink('period', copy.articleIndex.byPeriod)} · {sortLink('title', copy.articleIndex.byTitle)}
      </p>
      {articles.length ? (
        <ul className="article-index">
          {articles.map((article) => (
            <li key={article.id}>
              <h2>
                <a href={`/${locale}/articles/${article.slug}`}>{article.title}</a>
              </h2>
              {yearsOf(article.period) ? (
                <p className="muted">
                  {copy.articleIndex.period}: {yearsOf(article.period)}
                </p>
              ) : null}
              {article.summary ? <p>{article.summary}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{copy.noArticles}</p>
      )}
    </main>
  )
}
