import { createServerFeature } from '@payloadcms/richtext-lexical'

/** Annotating an article's body in its editor, in each locale (collections/annotations/components/ArticleAnnotationsPlugin). */
export const AnnotateFeature = createServerFeature({
  key: 'annotate',
  feature: { ClientFeature: '/fields/richText/annotate/feature.client#AnnotateClientFeature' },
})
