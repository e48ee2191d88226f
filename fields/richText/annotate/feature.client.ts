'use client'

import { createClientFeature } from '@payloadcms/richtext-lexical/client'

import { ArticleAnnotationsPlugin } from '@/collections/annotations/components/ArticleAnnotationsPlugin'

export const AnnotateClientFeature = createClientFeature({ plugins: [{ Component: ArticleAnnotationsPlugin, position: 'normal' }] })
