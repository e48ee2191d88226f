import type { Metadata } from 'next'

import { copyFor } from '../../../../lib/i18n/copy'
import { alternatesFor } from '../../../../lib/i18n/locales'
import { EntityIndex } from '../../_components/EntityPages'
import { routeLocale, type LocaleParams } from '../../_data/locale'
import { listPeople } from '../../_data/names'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: copyFor(locale).nav.people, alternates: alternatesFor(locale, '/people') }
}

export default async function PeoplePage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  return <EntityIndex title={copy.nav.people} basePath={`/${locale}/people`} entities={await listPeople(locale)} copy={copy} />
}
