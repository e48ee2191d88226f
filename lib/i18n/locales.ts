export const LOCALES = ['en', 'zh'] as const
export type Locale = (typeof LOCALES)[number]

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/** The reader's preferred site locale from an Accept-Language header (q-values honoured); English by default. */
export function preferredLocale(acceptLanguage: null | string | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean)
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0] ?? ''
    if (isLocale(primary)) return primary
  }
  return 'en'
}

/**
 * Next metadata `alternates` for a page at the same path in the locales it is
 * written in (every locale unless told otherwise): hreflang links, never to a
 * translation that does not exist, and the locale's Atom feed.
 */
export function alternatesFor(locale: Locale, path: string, writtenIn: readonly Locale[] = LOCALES) {
  const fallback = writtenIn.includes('en') ? 'en' : (writtenIn[0] ?? locale)
  return {
    canonical: `/${locale}${path}`,
    types: { 'application/atom+xml': `/${locale}/feed.xml` },
    languages: Object.fromEntries([...writtenIn.map((l) => [l === 'zh' ? 'zh-Hans' : l, `/${l}${path}`]), ['x-default', `/${fallback}${path}`]]),
  }
}
