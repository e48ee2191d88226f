import type { ReactNode } from 'react'

import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import type { Event, Place } from '@/payload-types'
import { displayName } from '@/lib/displayName'
import { JsonLd } from './JsonLd'
import type { Mention } from '@/app/(site)/_data/names'
import { Mentions } from './Mentions'
import { NamesTable } from './NamesTable'

type Entity = { id: number | string; name?: null | string; slug?: null | string; description?: null | string; names?: Place['names'] }

/** The index of a name authority (places or people): each entity with its other recorded names. */
export function EntityIndex({ title, basePath, entities, locale, copy }: { title: string; basePath: string; entities: Entity[]; locale: Locale; copy: Copy }) {
  return (
    <main>
      <h1>{title}</h1>
      {entities.length === 0 ? <p>{copy.nothingYet}</p> : null}
      <ul className="card-list">
        {entities.map((entity) => (
          <li key={entity.id}>
            <h2 className="card-title">
              <a href={`${basePath}/${entity.slug}`}>{displayName(entity, locale)}</a>
            </h2>
            <p className="muted">{(entity.names ?? []).map((n) => n.name).filter((n) => n !== displayName(entity, locale)).join(' · ')}</p>
          </li>
        ))}
      </ul>
    </main>
  )
}

/** One entity's page: its names, what it is, and the articles and events that mention it. */
export function EntityPage(props: {
  entity: Entity
  schemaType: 'Person' | 'Place'
  structuredData?: Record<string, unknown>
  locale: Locale
  copy: Copy
  mentions: { articles: Mention[]; events: Event[] }
  children?: ReactNode
}) {
  const { entity, schemaType, structuredData, locale, copy, mentions, children } = props
  return (
    <main>
      <JsonLd data={{ '@context': 'https://schema.org', '@type': schemaType, name: displayName(entity, locale), alternateName: (entity.names ?? []).map((n) => n.name), ...structuredData }} />
      <h1>{displayName(entity, locale)}</h1>
      {entity.description ? <p className="lead">{entity.description}</p> : null}
      {children}
      <NamesTable names={entity.names} copy={copy} />
      <Mentions locale={locale} copy={copy} articles={mentions.articles} events={mentions.events} />
    </main>
  )
}
