import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '../../../lib/i18n/locales'

export type LocaleParams = { params: Promise<{ locale: string }> }
export type SlugParams = { params: Promise<{ locale: string; slug: string }> }

/** The route's locale, or a 404 for anything but en and zh. */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}
