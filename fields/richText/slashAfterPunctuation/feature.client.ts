'use client'

import { createClientFeature } from '@payloadcms/richtext-lexical/client'

import { SlashAfterPunctuationPlugin } from './plugin'

export const SlashAfterPunctuationClientFeature = createClientFeature({ plugins: [{ Component: SlashAfterPunctuationPlugin, position: 'normal' }] })
