import { LOCALES, type Locale } from './locales'

/**
 * A document's titles in every locale kept in one line per locale (in LOCALES
 * order), so one stored value lets a list show the title in its own locale or,
 * lacking one, in the other, and a search match a title in either.
 */
export function joinTitles(titles: Partial<Record<Locale, null | string | undefined>>): string {
  return LOCALES.map((locale) => (titles[locale] ?? '').replace(/\s+/g, ' ').trim()).join('\n')
}

/** The title in `locale`, else the first other locale's; undefined when there is none. */
export function titleIn(joined: null | string | undefined, locale: string | undefined): string | undefined {
  if (!joined) return undefined
  const titles = joined.split('\n')
  const own = titles[LOCALES.indexOf(locale as Locale)]
  return own || titles.find(Boolean)
}
