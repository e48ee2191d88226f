export const LOCALES = ['en', 'zh'] as const
export type Locale = (typeof LOCALES)[number]

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)
