import type { ReactNode } from 'react'
import { notFound } from 'next/navigation'

import { isLocale, LOCALES } from '../../../lib/i18n/locales'

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale === 'zh' ? 'zh-Hans' : 'en'}>
      <body>{children}</body>
    </html>
  )
}
