
import { displayName } from '@/lib/displayName'
import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import type { Article, Event, Person, Place } from '@/payload-types'

const populated = <T extends object>(values: (number | string | T)[] | null | undefined): T[] => (values ?? []).filter((value): value is T => typeof value === 'object')

/** The places, people and events an article is about, each linking to its own page. */
export function RelatedList({ article, locale, copy }: { article: Article; locale: Locale; copy: Copy }) {
  const groups = [
    { label: copy.nav.places, items: populated<Place>(article.places).map((place) => ({ id: place.id, name: displayName(place), href: `/${locale}/places/${place.slug}` })) },
    { label: copy.nav.people, items: populated<Person>(article.people).map((person) => ({ id: person.id, name: displayName(person), href: `/${locale}/people/${person.slug}` })) },
    { label: copy.events, items: populated<Event>(article.events).map((event) => ({ id: event.id, name: displayName(event), href: `/${locale}/timeline#event-${event.id}` })) },
  ].filter((group) => group.items.length)
  if (!groups.length) return null
  return (
    <section aria-labelledby="related">
      <h2 id="related">{copy.related}</h2>
      {groups.map((group) => (
        <p key={group.label}>
          <strong>{group.label}:</strong>{' '}
          {group.items.map((item, index) => (
            <span key={item.id}>
              {index ? ' · ' : ''}
              <a href={item.href}>{item.name}</a>
            </span>
          ))}
        </p>
      ))}
    </section>
  )
}
