import type { ReactNode } from 'react'
import { notFound } from 'next/navigation'

import { copyFor } from '@/lib/i18n/copy'
import { isLocale, LOCALES } from '@/lib/i18n/locales'
import '@/app/(site)/site.css'

// Nothing is prerendered at build time (the database is filled at first start);
// each page is rendered on first request, cached, and revalidated on publish.
export function generateStaticParams() {
  return []
}

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const copy = copyFor(locale)
  const nav = [
    ['', copy.nav.home],
    ['/articles', copy.nav.articles],
    ['/places', copy.nav.places],
    ['/maps', copy.nav.maps],
    ['/people', copy.nav.people],
    ['/timeline', copy.nav.timeline],
    ['/bibliography', copy.nav.bibliography],
    ['/sources', copy.nav.sources],
    ['/search', copy.nav.search],
    ['/about', copy.nav.about],
  ] as const
  return (
    <html lang={locale === 'zh' ? 'zh-Hans' : 'en'}>
      <body>
        <a className="skip-link" href="#content">
          {copy.skipToContent}
        </a>
        <header className="site-header">
          <a className="site-name" href={`/${locale}`}>
            {copy.siteName}
          </a>
          <nav aria-label={copy.explore}>
            <ul>
              {nav.map(([path, label]) => (
                <li key={path}>
                  <a href={`/${locale}${path}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <div id="content" className="site-content">
          {children}
        </div>
        <footer className="site-footer">
          <p>{copy.footer}</p>
          <p>
            {LOCALES.filter((l) => l !== locale).map((other) => (
              <a key={other} href={`/${other}`} hrefLang={other} lang={other === 'zh' ? 'zh-Hans' : 'en'}>
                {copy.otherLanguage}
              </a>
            ))}
          </p>
        </footer>
      </body>
    </html>
  )
}
