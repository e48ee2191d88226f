import { copyFor } from '@/lib/i18n/copy'
import { EntityIndex } from '@/app/(site)/_components/EntityPages'
import { navPageMetadata, routeLocale, type LocaleParams } from '@/app/(site)/_data/locale'
import { listPeople } from '@/app/(site)/_data/names'

export const generateMetadata = navPageMetadata('people', '/people')

export default async function PeoplePage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  return <EntityIndex title={copy.nav.people} basePath={`/${locale}/people`} entities={await listPeople(locale)} locale={locale} copy={copy} />
}
