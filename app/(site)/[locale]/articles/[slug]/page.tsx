import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { serverURL } from '@/lib/env'
import { copyFor } from '@/lib/i18n/copy'
import { alternatesFor, LOCALES } from '@/lib/i18n/locales'
import { nestHeadings } from '@/lib/richtext/contents'
import { citeUses, headings, type EditorState } from '@/lib/richtext/walk'
import { acceptedOrigins } from '@/lib/security/origins'
import { safeHref } from '@/lib/security/url'
import type { Source } from '@/payload-types'
import { ArticleBody } from '@/app/(site)/_components/article/ArticleBody'
import { Contents } from '@/app/(site)/_components/article/Contents'
import { Infobox, infoboxCites } from '@/app/(site)/_components/article/Infobox'
import { buildReferences, worksById } from '@/app/(site)/_components/article/references'
import { ReferenceList } from '@/app/(site)/_components/article/ReferenceList'
import { RefreshOnSave } from '@/app/(site)/_components/article/RefreshOnSave'
import { RelatedList } from '@/app/(site)/_components/article/RelatedList'
import { RelatedMaps } from '@/app/(site)/_components/map/RelatedMaps'
import { SourceList } from '@/app/(site)/_components/article/SourceList'
import { JsonLd } from '@/app/(site)/_components/JsonLd'
import { articleBySlug, hasTranslation } from '@/app/(site)/_data/articles'
import { routeLocale, type SlugParams } from '@/app/(site)/_data/locale'

// Rendered on first request, then served from the cache until something public changes (see server/revalidate.ts).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  const { slug } = await params
  const article = await articleBySlug(slug, locale)
  if (!article) return {}
  const description = article.summary ?? undefined
  const other = LOCALES.find((l) => l !== locale)!
  const writtenIn = (await hasTranslation(article.id, other)) ? LOCALES : [locale]
  return {
    title: article.title,
    description,
    alternates: alternatesFor(locale, `/articles/${slug}`, writtenIn),
    openGraph: { type: 'article', title: article.title, description, locale: locale === 'zh' ? 'zh_CN' : 'en_GB', publishedTime: article.publishedAt ?? undefined },
  }
}

export default async function ArticlePage({ params }: SlugParams) {
  const locale = await routeLocale(params)
  const { slug } = await params
  const { isEnabled: preview } = await draftMode()
  const copy = copyFor(locale)
  const article = await articleBySlug(slug, locale, preview)
  if (!article) notFound()

  const body = article.body as EditorState
  const bodyCites = citeUses(body).map((use) => ({ ...use, key: use.blockId, locatorType: use.locatorType as 'page' | null }))
  const cites = [...infoboxCites(article.infobox), ...bodyCites]
  const works = worksById([...bodyCites.map((use) => use.work), ...(article.infobox?.citations ?? []).map((row) => row.citation)])
  const references = buildReferences(cites, works, locale)
  const bodyHeadings = headings(body)
  const headingCount = bodyHeadings.length
  const contents = nestHeadings(bodyHeadings)
  const other = LOCALES.find((l) => l !== locale)!
  const translated = await hasTranslation(article.id, other)
  const sources = (article.sources ?? []).filter((s): s is Source => typeof s === 'object')

  return (
    <main className="article">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: article.title,
          description: article.summary ?? undefined,
          inLanguage: locale === 'zh' ? 'zh-Hans' : 'en',
          datePublished: article.publishedAt ?? undefined,
          dateModified: article.updatedAt,
          isBasedOn: sources.map((source) => safeHref(source.origin?.url)).filter(Boolean),
        }}
      />
      {preview ? (
        <p className="notice">
          Draft preview — <a href={`/next/exit-preview?path=/${locale}/articles/${slug}`}>leave preview</a>
          <RefreshOnSave origins={acceptedOrigins(serverURL())} />
        </p>
      ) : null}
      <p className="lang-switch">
        {translated ? (
          <a href={`/${other}/articles/${slug}`} hrefLang={other} lang={other === 'zh' ? 'zh-Hans' : 'en'}>
            {copy.otherLanguage}
          </a>
        ) : (
          <span className="muted">{copy.notTranslated}</span>
        )}
      </p>
      <h1>{article.title}</h1>
      {sources.some((source) => source.machineTranslated) ? (
        <p className="notice" role="note">
          {copy.machineTranslationNotice}
        </p>
      ) : null}
      {article.summary ? <p className="lead">{article.summary}</p> : null}
      <Infobox title={article.title} infobox={article.infobox} references={references} copy={copy} />
      {headingCount > 1 ? <Contents entries={contents} title={copy.contents} /> : null}
      <ArticleBody body={body} references={references} locale={locale} copy={copy} />
      <RelatedList article={article} locale={locale} copy={copy} />
      <RelatedMaps article={article} locale={locale} copy={copy} />
      <ReferenceList references={references} locale={locale} copy={copy} />
      <SourceList sources={sources} locale={locale} copy={copy} />
    </main>
  )
}
