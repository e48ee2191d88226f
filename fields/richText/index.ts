import { BlocksFeature, FixedToolbarFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { ValidationError, type RichTextHooks } from 'payload'

import { linkAddresses, type EditorState } from '@/lib/richtext/walk'
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

/** The refusal for each link whose address lib/security/url does not allow, naming the field and the link. */
export function unsafeLinkMessages(state: EditorState, field: { label?: Label; name?: string }, language = 'en'): string[] {
  const label = field.label
  const fieldName = (typeof label === 'string' ? label : (label?.[language] ?? label?.en)) ?? field.name ?? 'rich text'
  return linkAddresses(state).flatMap(({ text, url }) => {
    const check = checkLinkUrl(url)
    return check.ok ? [] : [`${fieldName}: the link “${text || '(no text)'}” to ${JSON.stringify(String(url ?? ''))} ${check.reason}.`]
  })
}

/**
 * Lexical's adapter with one more beforeValidate hook, so that every save
 * (admin, REST, GraphQL, Local API; drafts and autosaves too, which skip field
 * validation) refuses links to addresses the policy does not allow
 * (javascript:, data:, vbscript:, in any spelling) and writes nothing.
 */
export const editor: typeof lexical = async (args) => {
  const adapter = await lexical(args)
  const refuseUnsafeLinks: NonNullable<RichTextHooks['beforeValidate']>[number] = ({ value, field, path, collection, global, req }) => {
    const messages = unsafeLinkMessages(value as EditorState, field as { label?: Label; name?: string }, req.i18n?.language)
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
      beforeValidate: [...(adapter.hooks?.beforeValidate ?? []), refuseUnsafeLinks],
      beforeChange: [...(adapter.hooks?.beforeChange ?? []), stripMenuOpeners],
    },
  }
}
