import type { Where } from 'payload'

import type { Locale } from '@/lib/i18n/locales'

/**
 * Query options for the articles written in a locale (and matching `where`):
 * a locale shows only articles with their own text in it, never the other
 * language's as a fallback.
 */
export function writtenIn(locale: Locale, where?: Where): { locale: Locale; fallbackLocale: false; where: Where } {
  const hasTitle: Where = { title: { exists: true } }
  return { locale, fallbackLocale: false, where: where ? { and: [hasTitle, where] } : hasTitle }
}
