import { copyFor } from '@/lib/i18n/copy'
import { HistoricalDate } from '@/app/(site)/_components/HistoricalDate'
import { displayName } from '@/lib/displayName'
import { JsonLd } from '@/app/(site)/_components/JsonLd'
import { navPageMetadata, routeLocale, type LocaleParams } from '@/app/(site)/_data/locale'
import { timeline } from '@/app/(site)/_data/names'

export const generateMetadata = navPageMetadata('timeline', '/timeline')

/** Events in date order, each with the original calendar form beside the Gregorian date. */
export default async function TimelinePage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  const events = await timeline(locale)
  return (
    <main>
      <h1>{copy.nav.timeline}</h1>
      {events.length === 0 ? <p>{copy.nothingYet}</p> : null}
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id} id={`event-${event.id}`}>
            <JsonLd data={{ '@context': 'https://schema.org', '@type': 'Event', name: displayName(event), startDate: event.start?.date ?? undefined, endDate: event.end?.date ?? undefined }} />
            <p className="timeline-date">
              <HistoricalDate start={event.start} end={event.end} />
            </p>
            <p className="timeline-name">{displayName(event)}</p>
            {event.description ? <p className="muted">{event.description}</p> : null}
          </li>
        ))}
      </ol>
    </main>
  )
}
