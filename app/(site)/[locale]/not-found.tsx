import type { Metadata } from 'next'

import { copyFor } from '../../../lib/i18n/copy'
import { LOCALES } from '../../../lib/i18n/locales'

const heading = LOCALES.map((locale) => copyFor(locale).notFound.heading).join(' · ')

export const metadata: Metadata = { title: heading }

/**
 * What a reader gets at an address with nothing published (a 404), rendered on
 * the server inside the site's layout. Next does not tell a not-found page its
 * route's locale, so it speaks both languages; the layout around it is in the
 * reader's.
 */
export default function NotFound() {
  return (
    <main>
      <h1>{heading}</h1>
      {LOCALES.map((locale) => {
        const copy = copyFor(locale)
        return (
          <p key={locale} lang={locale === 'zh' ? 'zh-Hans' : 'en'}>
            {copy.notFound.text} <a href={`/${locale}/search`}>{copy.nav.search}</a> · <a href={`/${locale}`}>{copy.nav.home}</a>
          </p>
        )
      })}
    </main>
  )
}
