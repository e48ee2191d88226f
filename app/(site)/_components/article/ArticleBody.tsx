import type { SerializedBlockNode, SerializedInlineBlockNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import type { Copy } from '@/lib/i18n/copy'
import type { Locale } from '@/lib/i18n/locales'
import { headings, type EditorState } from '@/lib/richtext/walk'
import { safeHref } from '@/lib/security/url'
import { CitationNeeded, FootnoteMarker } from './FootnoteMarker'
import type { References } from './references'

const PATHS: Record<string, string> = { articles: 'articles', places: 'places', people: 'people', events: 'timeline' }

type LinkFields = { url?: string; newTab?: boolean; linkType?: string; doc?: { relationTo?: string; value?: unknown } | null }

const internalHref = (doc: LinkFields['doc'], locale: Locale) => {
  const value = doc?.value as { slug?: string } | undefined
  return `/${locale}/${PATHS[doc?.relationTo ?? ''] ?? ''}${value?.slug && doc?.relationTo !== 'events' ? `/${value.slug}` : ''}`
}

/** A link whose address passes lib/security/url again at render time; any other is shown as its text alone. */
function SafeLink({ fields, href, children }: { fields: LinkFields; href: unknown; children: ReactNode }) {
  const safe = safeHref(href)
  if (!safe) return <span className="link-refused">{children}</span>
  return fields.newTab ? <a href={safe} rel="noopener noreferrer" target="_blank">{children}</a> : <a href={safe}>{children}</a>
}

/** The article text rendered on the server: headings with ids for the contents, markers numbered into footnotes. */
export function ArticleBody({ body, references, locale, copy }: { body: EditorState; references: References; locale: Locale; copy: Copy }) {
  if (!body) return null
  const headingIds = headings(body).map((heading) => heading.id)
  let nextHeading = 0
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    link: ({ node, nodesToJSX }) => {
      const fields = node.fields as LinkFields
      return <SafeLink fields={fields} href={fields.linkType === 'internal' ? internalHref(fields.doc, locale) : fields.url}>{nodesToJSX({ nodes: node.children })}</SafeLink>
    },
    autolink: ({ node, nodesToJSX }) => <SafeLink fields={node.fields as LinkFields} href={(node.fields as LinkFields).url}>{nodesToJSX({ nodes: node.children })}</SafeLink>,
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag
      return <Tag id={headingIds[nextHeading++]}>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    inlineBlocks: {
      cite: ({ node }: { node: SerializedInlineBlockNode }) => {
        const marker = references.markerFor(String(node.fields.id))
        return marker ? <FootnoteMarker marker={marker} /> : null
      },
      citationNeeded: () => <CitationNeeded label={copy.citationNeeded} href={`/${locale}/about#citation-needed`} />,
    },
    blocks: {
      primarySource: ({ node }: { node: SerializedBlockNode }) => {
        const fields = node.fields as { id?: string; original?: string; translation?: string; originalLanguage?: string }
        // Its work is a note like any citation's, numbered where the quotation stands.
        const marker = references.markerFor(String(fields.id))
        return (
          <figure className="primary-source">
            <blockquote lang={fields.originalLanguage ?? undefined}>{fields.original}</blockquote>
            {fields.translation || marker ? (
              <figcaption>
                {fields.translation}
                {marker ? <FootnoteMarker marker={marker} /> : null}
              </figcaption>
            ) : null}
          </figure>
        )
      },
    },
  })
  return <RichText className="article-body" data={body as SerializedEditorState} converters={converters} />
}
