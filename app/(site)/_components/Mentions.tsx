
import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import type { Event } from '@/payload-types'
import { displayName } from '@/lib/displayName'
import type { Mention } from '@/app/(site)/_data/names'
import { HistoricalDate } from './HistoricalDate'


/** The published articles and the events that mention an entity. */
export function Mentions({ locale, copy, articles, events }: { locale: Locale; copy: Copy; articles: Mention[]; events: Event[] }) {
  return (
    <>
      {articles.length ? (
        <section aria-labelledby="mentioned-in">
          <h2 id="mentioned-in">{copy.mentionedIn}</h2>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <a href={`/${locale}/articles/${article.slug}`}>{article.title}</a>
                {/* passageNaming escapes the article text; only its <mark> is markup. */}
                {article.passage ? <p className="snippet" dangerouslySetInnerHTML={{ __html: article.passage }} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {events.length ? (
        <section aria-labelledby="events">
          <h2 id="events">{copy.events}</h2>
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                <HistoricalDate start={event.start} end={event.end} /> — {displayName(event, locale)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
