import { BlocksFeature, FixedToolbarFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { ValidationError, type RichTextHooks } from 'payload'

import type { LocatorType } from '@/lib/cite/format'
import { checkLocator } from '@/lib/cite/locator'
import { citeUses, linkAddresses, type EditorState } from '@/lib/richtext/walk'
import { checkLinkUrl } from '@/lib/security/url'
import { withoutMenuOpeners } from '@/lib/richtext/slashTrigger'
import { CitationNeededBlock, CiteBlock, PrimarySourceBlock } from './blocks'
import { AnnotateFeature } from './annotate/feature.server'
import { SlashAfterPunctuationFeature } from './slashAfterPunctuation/feature.server'

/**
 * The one rich-text configuration of the platform: headings, lists, quotes and
 * uploads from Lexical's defaults; links that may point inside the encyclopedia;
 * inline citations and "citation needed" markers (from the `/` menu, also
 * right after punctuation, and the toolbar's inline-blocks menu); primary-source quotations;
 * annotating an article's body by selecting (it acts in the articles' body only).
 */
const lexical = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ enabledCollections: ['articles', 'places', 'people', 'events'] }),
    BlocksFeature({ blocks: [PrimarySourceBlock], inlineBlocks: [CiteBlock, CitationNeededBlock] }),
    FixedToolbarFeature(),
    SlashAfterPunctuationFeature(),
    AnnotateFeature(),
  ],
})

type Label = string | Record<string, string> | undefined

const fieldNameOf = (field: { label?: Label; name?: string }, language: string) => {
  const label = field.label
  return (typeof label === 'string' ? label : (label?.[language] ?? label?.en)) ?? field.name ?? 'rich text'
}

/** The refusal for each link whose address lib/security/url does not allow, naming the field and the link. */
export function unsafeLinkMessages(state: EditorState, field: { label?: Label; name?: string }, language = 'en'): string[] {
  const fieldName = fieldNameOf(field, language)
  return linkAddresses(state).flatMap(({ text, url }) => {
    const check = checkLinkUrl(url)
    return check.ok ? [] : [`${fieldName}: the link “${text || '(no text)'}” to ${JSON.stringify(String(url ?? ''))} ${check.reason}.`]
  })
}

/** The refusal for each citation whose locator is not a form of its type (lib/cite/locator): "see the introduction" as a page. */
export function badLocatorMessages(state: EditorState, field: { label?: Label; name?: string }, language = 'en'): string[] {
  const fieldName = fieldNameOf(field, language)
  return citeUses(state).flatMap((use) => {
    const check = checkLocator(use.locator, use.locatorType as LocatorType | null)
    return check.ok ? [] : [`${fieldName}: ${check.reason}`]
  })
}

/**
 * Lexical's adapter with one more beforeValidate hook, so that every save
 * (admin, REST, GraphQL, Local API; drafts and autosaves too, which skip field
 * validation) refuses links to addresses the policy does not allow
 * (javascript:, data:, vbscript:, in any spelling) and citations whose
 * locator is no page, chapter, folio… form, and writes nothing.
 */
export const editor: typeof lexical = async (args) => {
  const adapter = await lexical(args)
  const refuseUnsafeContent: NonNullable<RichTextHooks['beforeValidate']>[number] = ({ value, field, path, collection, global, req }) => {
    const named = field as { label?: Label; name?: string }
    const messages = [...unsafeLinkMessages(value as EditorState, named, req.i18n?.language), ...badLocatorMessages(value as EditorState, named, req.i18n?.language)]
    if (!messages.length) return value
    throw new ValidationError({ collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), label: field.label as never, message: messages.join('\n') }], req }, req.t)
  }
  // The editor's menu opener (fields/richText/slashAfterPunctuation) is never saved; U+FEFF only ever occurs inside strings of the JSON.
  const stripMenuOpeners: NonNullable<RichTextHooks['beforeChange']>[number] = ({ value }) =>
    value && typeof value === 'object' ? (JSON.parse(withoutMenuOpeners(JSON.stringify(value))) as unknown) : value
  return {
    ...adapter,
    hooks: {
      ...adapter.hooks,
      beforeValidate: [...(adapter.hooks?.beforeValidate ?? []), refuseUnsafeContent],
      beforeChange: [...(adapter.hooks?.beforeChange ?? []), stripMenuOpeners],
    },
  }
}
