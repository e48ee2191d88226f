import type { Metadata } from 'next'

import { copyFor } from '@/lib/i18n/copy'
import { LOCALES, type Locale } from '@/lib/i18n/locales'
import './(site)/site.css'

const heading = LOCALES.map((locale) => copyFor(locale).notFound.heading).join(' · ')
const htmlLang = (locale: Locale) => (locale === 'zh' ? 'zh-Hans' : 'en')

export const metadata: Metadata = { title: heading }

/**
 * The 404 page for any address with nothing published: unmatched addresses
 * render it directly, and server/http/serve.ts sends it in place of the empty
 * shell Next answers a notFound() with. It is not told the reader's language,
 * so it speaks both.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          {LOCALES.map((locale) => (
            <a key={locale} className="site-name" href={`/${locale}`} lang={htmlLang(locale)}>
              {copyFor(locale).siteName}
            </a>
          ))}
        </header>
        <div className="site-content">
          <main>
            <h1>{heading}</h1>
            {LOCALES.map((locale) => {
              const copy = copyFor(locale)
              return (
                <p key={locale} lang={htmlLang(locale)}>
                  {copy.notFound.text} <a href={`/${locale}/search`}>{copy.nav.search}</a> · <a href={`/${locale}`}>{copy.nav.home}</a>
                </p>
              )
            })}
          </main>
        </div>
      </body>
    </html>
  )
}
