import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { copyFor } from '@/lib/i18n/copy'
import { alternatesFor } from '@/lib/i18n/locales'
import { displayName } from '@/lib/displayName'
import { EntityPage } from '@/app/(site)/_components/EntityPages'
import { HistoricalDate } from '@/app/(site)/_components/HistoricalDate'
import { routeLocale, type SlugParams } from '@/app/(site)/_data/locale'
import { mentionsOf, personBySlug } from '@/app/(site)/_data/names'

// Rendered on first request, then served from the cache until something public changes (see server/revalidate.ts).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  const { slug } = await params
  const person = await personBySlug(slug, locale)
  return person ? { title: displayName(person, locale), description: person.description ?? undefined, alternates: alternatesFor(locale, `/people/${slug}`) } : {}
}

export default async function PersonPage({ params }: SlugParams) {
  const locale = await routeLocale(params)
  const { slug } = await params
  const copy = copyFor(locale)
  const person = await personBySlug(slug, locale)
  if (!person) notFound()
  return (
    <EntityPage
      entity={person}
      schemaType="Person"
      structuredData={{ birthDate: person.born?.date ?? undefined, deathDate: person.died?.date ?? undefined }}
      locale={locale}
      copy={copy}
      mentions={await mentionsOf('people', person, locale)}
    >
      {person.born?.date || person.died?.date ? (
        <p>
          <HistoricalDate start={person.born} end={person.died} />
        </p>
      ) : null}
    </EntityPage>
  )
}
