import { formatBibliography, toCslItem, type CitationRecord } from '@/lib/cite/format'
import { copyFor } from '@/lib/i18n/copy'
import { navPageMetadata, routeLocale, type LocaleParams } from '@/app/(site)/_data/locale'
import { asPublic, sitePayload } from '@/app/(site)/_data/payload'

export const generateMetadata = navPageMetadata('bibliography', '/bibliography')

/** Every work the encyclopedia cites, formatted in Chicago notes-bibliography style by citeproc-js. */
export default async function BibliographyPage({ params }: LocaleParams) {
  const locale = await routeLocale(params)
  const copy = copyFor(locale)
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'citations', limit: 0, pagination: false, depth: 0, ...asPublic })
  const entries = formatBibliography(
    docs.map((doc) => toCslItem(doc as unknown as CitationRecord, String(doc.id))),
    { locale },
  )
  return (
    <main>
      <h1>{copy.nav.bibliography}</h1>
      {entries.length === 0 ? <p>{copy.nothingYet}</p> : null}
      <ul className="bibliography">
        {entries.map((entry) => (
          <li key={entry} dangerouslySetInnerHTML={{ __html: entry }} />
        ))}
      </ul>
    </main>
  )
}
