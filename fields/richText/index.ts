import { BlocksFeature, FixedToolbarFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { CitationNeededBlock, CiteBlock, PrimarySourceBlock } from './blocks'

/**
 * The one rich-text configuration of the platform: headings, lists, quotes and
 * uploads from Lexical's defaults; links that may point inside the encyclopedia;
 * inline citations and "citation needed" markers; primary-source quotations.
 */
export const editor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ enabledCollections: ['articles', 'places', 'people', 'events'] }),
    BlocksFeature({ blocks: [PrimarySourceBlock], inlineBlocks: [CiteBlock, CitationNeededBlock] }),
    FixedToolbarFeature(),
  ],
})
