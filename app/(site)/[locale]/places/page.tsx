import type { Metadata } from 'next'

import { copyFor } from '../../../../lib/i18n/copy'
import { alternatesFor } from '../../../../lib/i18n/locales'
import { EntityIndex } from '../../_components/EntityPages'
import { routeLocale, type LocaleParams } from '../../_data/locale'
import { listPlaces } from '../../_data/names'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { title: copyFor(locale).nav.places, alternates: alternatesFor(locale, '/places') }
}

export default async function PlacesPage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  return <EntityIndex title={copy.nav.places} basePath={`/${locale}/places`} entities={await listPlaces(locale)} copy={copy} />
}
