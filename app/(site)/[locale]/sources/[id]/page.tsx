import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { detectFormat } from '@/lib/corpus/parse/input'
import { readableText } from '@/lib/corpus/readable'
import { copyFor } from '@/lib/i18n/copy'
import { alternatesFor } from '@/lib/i18n/locales'
import { safeHref } from '@/lib/security/url'
import { routeLocale } from '@/app/(site)/_data/locale'
import { asPublic, sitePayload } from '@/app/(site)/_data/payload'

type Props = { params: Promise<{ locale: string; id: string }> }

/** Memoized per request: the page and its metadata read the same source. */
const publicSource = cache(async (id: string) => {
  const payload = await sitePayload()
  return payload.findByID({ collection: 'sources', id, depth: 0, disableErrors: true, ...asPublic })
})

// Rendered on first request, then served from the cache until something public changes (see server/revalidate.ts).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  const { id } = await params
  const source = await publicSource(id)
  return source ? { title: source.title, alternates: alternatesFor(locale, `/sources/${id}`), robots: { index: !source.machineTranslated } } : {}
}

/** A document as it was imported, with its attribution and, for a machine translation, a notice that says so. */
export default async function SourcePage({ params }: Props) {
  const locale = await routeLocale(params)
  const { id } = await params
  const copy = copyFor(locale)
  const source = await publicSource(id)
  if (!source) notFound()
  // Segments are slices of the imported text: shown as read, without the Markdown or HTML syntax they were written in.
  const format = detectFormat(source.rawText)
  const segments = (source.segments ?? []).map((segment) => ({ ...segment, text: readableText(segment.text, format) })).filter((segment) => segment.text)
  return (
    <main className="article">
      <h1 lang={source.language === 'zh' ? 'zh-Hans' : source.language}>{source.title}</h1>
      {source.machineTranslated ? (
        <p className="notice" role="note">
          <strong>{copy.machineTranslation}.</strong> {copy.machineTranslationNotice}
        </p>
      ) : null}
      <dl className="source-meta">
        {source.origin?.attribution ? (
          <>
            <dt>{copy.attribution}</dt>
            <dd>{source.origin.attribution}</dd>
          </>
        ) : null}
        {source.origin?.licence ? (
          <>
            <dt>{copy.licence}</dt>
            <dd>{source.origin.licence}</dd>
          </>
        ) : null}
        {safeHref(source.origin?.url) ? (
          <>
            <dt>{copy.original}</dt>
            <dd>
              <a href={safeHref(source.origin?.url)} rel="external noopener">
                {source.origin?.site ?? source.origin?.url}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="source-text" lang={source.language === 'zh' ? 'zh-Hans' : source.language}>
        {segments.map((segment) =>
          segment.kind === 'heading' ? <h2 key={segment.segmentId}>{segment.text}</h2> : <p key={segment.segmentId}>{segment.text}</p>,
        )}
      </div>
    </main>
  )
}
