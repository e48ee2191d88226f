import type { Metadata } from 'next'

import { isLocale, type Locale } from '../../../lib/i18n/locales'

const COPY: Record<Locale, { title: string; lead: string }> = {
  en: {
    title: 'Frontier Annals',
    lead: "An encyclopedia of the Qing empire's frontiers with Russia, the Kazakhs and the Dzungars.",
  },
  zh: { title: '边疆史志', lead: '清朝与俄国、哈萨克、准噶尔边疆史百科全书。' },
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  const copy = COPY[isLocale(locale) ? locale : 'en']
  return { title: copy.title, description: copy.lead, alternates: { languages: { en: '/en', zh: '/zh' } } }
}

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const copy = COPY[isLocale(locale) ? locale : 'en']
  return (
    <main>
      <h1>{copy.title}</h1>
      <p>{copy.lead}</p>
    </main>
  )
}
