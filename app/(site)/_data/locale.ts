import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { copyFor, type Copy } from '@/lib/i18n/copy'
import { alternatesFor, isLocale, type Locale } from '@/lib/i18n/locales'

export type LocaleParams = { params: Promise<{ locale: string }> }
export type SlugParams = { params: Promise<{ locale: string; slug: string }> }

/** The route's locale, or a 404 for anything but en and zh. */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** `generateMetadata` for a page named in the site navigation: its title in the route's language and its hreflang alternates. */
export const navPageMetadata =
  (page: keyof Copy['nav'], path: string) =>
  async ({ params }: LocaleParams): Promise<Metadata> => {
    const locale = await routeLocale(params)
    return { title: copyFor(locale).nav[page], alternates: alternatesFor(locale, path) }
  }
