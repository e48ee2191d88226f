import { createServerFeature } from '@payloadcms/richtext-lexical'

/** The `/` menu also right after punctuation (see plugin.tsx). */
export const SlashAfterPunctuationFeature = createServerFeature({
  key: 'slashAfterPunctuation',
  feature: { ClientFeature: '/fields/richText/slashAfterPunctuation/feature.client#SlashAfterPunctuationClientFeature' },
})
