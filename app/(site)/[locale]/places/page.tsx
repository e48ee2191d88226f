import { copyFor } from '@/lib/i18n/copy'
import { EntityIndex } from '@/app/(site)/_components/EntityPages'
import { navPageMetadata, routeLocale, type LocaleParams } from '@/app/(site)/_data/locale'
import { listPlaces } from '@/app/(site)/_data/names'

export const generateMetadata = navPageMetadata('places', '/places')

export default async function PlacesPage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  return <EntityIndex title={copy.nav.places} basePath={`/${locale}/places`} entities={await listPlaces(locale)} locale={locale} copy={copy} />
}
