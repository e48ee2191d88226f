import { copyFor } from '@/lib/i18n/copy'
import { isLocale } from '@/lib/i18n/locales'
import { serverURL } from '@/lib/env'
import { writtenIn } from '@/server/writtenIn'
import { asPublic, sitePayload } from '@/app/(site)/_data/payload'

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** An Atom feed of the most recently published articles in one language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const copy = copyFor(locale)
  const origin = serverURL()
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'articles',
    ...writtenIn(locale),
    limit: 50,
    depth: 0,
    sort: '-publishedAt',
    select: { title: true, slug: true, summary: true, publishedAt: true, updatedAt: true },
    ...asPublic,
  })
  const updated = docs[0]?.updatedAt ?? new Date(0).toISOString()
  const entries = docs
    .map((doc) => {
      const url = `${origin}/${locale}/articles/${doc.slug}`
      return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(doc.title)}</title>
    <link href="${escapeXml(url)}"/>
    <published>${doc.publishedAt ?? doc.updatedAt}</published>
    <updated>${doc.updatedAt}</updated>
    ${doc.summary ? `<summary>${escapeXml(doc.summary)}</summary>` : ''}
  </entry>`
    })
    .join('\n')
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${origin}/${locale}</id>
  <title>${escapeXml(copy.siteName)}</title>
  <subtitle>${escapeXml(copy.tagline)}</subtitle>
  <link href="${origin}/${locale}"/>
  <link rel="self" href="${origin}/${locale}/feed.xml"/>
  <updated>${updated}</updated>
${entries}
</feed>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
