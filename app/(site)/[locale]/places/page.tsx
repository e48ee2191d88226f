import { copyFor } from '../../../../lib/i18n/copy'
import { EntityIndex } from '../../_components/EntityPages'
import { navPageMetadata, routeLocale, type LocaleParams } from '../../_data/locale'
import { listPlaces } from '../../_data/names'

export const generateMetadata = navPageMetadata('places', '/places')

export default async function PlacesPage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  return <EntityIndex title={copy.nav.places} basePath={`/${locale}/places`} entities={await listPlaces(locale)} locale={locale} copy={copy} />
}
